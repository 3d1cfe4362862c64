// The villages and sites tables of the analyst workspace: row listings (src/indicators/listings/villages-table.ts,
// sites-table.ts), not indicators; they follow the filters and show the rows in the virtualised table (sort, search,
// column choice). A village (code or name) opens the drill-down. With a programme, technology or status filter the
// villages table lists only the villages that have such a site, and its title says so.
import { useId, useMemo } from 'react';
import { useData } from '../../coordinator/data-context.tsx';
import type { Row } from '../../data/rows.ts';
import type { Filters } from '../../filters/filters.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { SITES_TABLE, sitesTableQuery } from '../../indicators/listings/sites-table.ts';
import { restrictsToSites, VILLAGES_TABLE, villagesTableQuery } from '../../indicators/listings/villages-table.ts';
import { datasetAsOf, datasetSource } from '../../panels/panel-text.ts';
import { useExploreQuery } from './use-explore-query.ts';
import { kindLabel, signalLabel, statusLabel, technologyLabel, yesNo } from './value-labels.ts';
import { type VirtualColumn, VirtualTable } from './virtual-table.tsx';

const str = (v: Row[string] | undefined): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: Row[string] | undefined): number | null =>
  v === null || v === undefined || !Number.isFinite(Number(v)) ? null : Number(v);
const bool = (v: Row[string] | undefined): boolean | null => (typeof v === 'boolean' ? v : null);

function TableSection(props: {
  id: string;
  title: string;
  subtitle: string;
  /** A note on what the rows are (e.g. only the villages with a site of the chosen programme). */
  scope?: { kind: string; note: string };
  source: string;
  query: ReturnType<typeof useExploreQuery>;
  children: (rows: Row[]) => React.ReactNode;
}) {
  const { t } = useLang();
  const headingId = useId();
  const { query } = props;
  return (
    <section
      className="panel explore-table"
      aria-labelledby={headingId}
      data-table={props.id}
      data-table-scope={props.scope?.kind}
      {...query.xf}
    >
      <header className="panel-head">
        <h2 id={headingId}>{props.title}</h2>
        <p className="panel-subtitle">{props.subtitle}</p>
        {props.scope && <p className="panel-ignored table-scope">{props.scope.note}</p>}
      </header>
      {query.error ? (
        <div className="panel-error" role="alert">
          <p>{query.error.message}</p>
          <button type="button" onClick={() => void query.refetch()}>
            {t('errors.retry')}
          </button>
        </div>
      ) : query.rows ? (
        <>
          {query.loading && (
            <p className="panel-notice" role="status">
              {t('explore.core.updating')}
            </p>
          )}
          {props.children(query.rows)}
        </>
      ) : (
        <p className="panel-note" role="status">
          {t('explore.core.tableLoading')}
        </p>
      )}
      <footer className="panel-foot">
        <p className="panel-source">{props.source}</p>
      </footer>
    </section>
  );
}

export function VillagesTable({ filters, onDrill }: { filters: Filters; onDrill: (code: string) => void }) {
  const { t, lang } = useLang();
  const { manifest } = useData();
  const query = useExploreQuery(VILLAGES_TABLE, filters, villagesTableQuery);
  const onlyWithSites = restrictsToSites(filters);
  const columns = useMemo<VirtualColumn<Row>[]>(
    () => [
      {
        id: 'code',
        header: t('explore.core.villages.code'),
        value: (r) => str(r.village_code),
        render: (r) => (
          <button
            type="button"
            className="link-button"
            aria-label={t('explore.core.villages.openCode', {
              code: str(r.village_code) ?? '',
              name: str(r.village_name) ?? '',
            })}
            onClick={() => onDrill(String(r.village_code))}
          >
            {str(r.village_code)}
          </button>
        ),
      },
      { id: 'name', header: t('explore.core.villages.name'), value: (r) => str(r.village_name) },
      { id: 'district', header: t('explore.core.villages.district'), value: (r) => str(r.district_name) },
      { id: 'regency', header: t('explore.core.villages.regency'), value: (r) => str(r.regency_name) },
      {
        id: 'kind',
        header: t('explore.core.villages.kind'),
        value: (r) => str(r.kind),
        format: (r) => kindLabel(t, str(r.kind)),
      },
      {
        id: 'isolated',
        header: t('explore.core.villages.isolated'),
        value: (r) => bool(r.isolated),
        format: (r) => yesNo(t, bool(r.isolated)),
      },
      {
        id: 'signal',
        header: t('explore.core.villages.signal'),
        value: (r) => str(r.best_signal),
        format: (r) => signalLabel(t, str(r.best_signal)),
      },
      {
        id: 'blankspot',
        header: t('explore.core.villages.blankspot'),
        value: (r) => bool(r.is_blankspot),
        format: (r) => yesNo(t, bool(r.is_blankspot)),
      },
      {
        id: 'sites',
        header: t('explore.core.villages.sites'),
        value: (r) => num(r.sites),
        format: (r) => formatNumber(num(r.sites), lang, 0),
        numeric: true,
        searchable: false,
      },
      {
        id: 'sitesInService',
        header: t('explore.core.villages.sitesInService'),
        value: (r) => num(r.sites_in_service),
        format: (r) => formatNumber(num(r.sites_in_service), lang, 0),
        numeric: true,
        searchable: false,
      },
    ],
    [t, lang, onDrill],
  );
  const year = query.rows?.[0]?.coverage_year;
  const title = t(onlyWithSites ? 'explore.core.villages.titleWithSites' : 'explore.core.villages.title');
  return (
    <TableSection
      id="villages"
      title={title}
      scope={onlyWithSites ? { kind: 'with-sites', note: t('explore.core.villages.scopeWithSites') } : undefined}
      subtitle={t('explore.core.villages.subtitle', {
        year: year ?? '–',
        date: formatDate(datasetAsOf(manifest, 'village_coverage'), lang),
      })}
      source={t('panel.source', { source: datasetSource(manifest, ['villages', 'village_coverage', 'sites']) })}
      query={query}
    >
      {(rows) => <VirtualTable rows={rows} columns={columns} rowKey={(r) => String(r.village_code)} caption={title} />}
    </TableSection>
  );
}

export function SitesTable({ filters, onDrill }: { filters: Filters; onDrill: (code: string) => void }) {
  const { t, lang } = useLang();
  const { manifest } = useData();
  const query = useExploreQuery(SITES_TABLE, filters, sitesTableQuery);
  const columns = useMemo<VirtualColumn<Row>[]>(
    () => [
      { id: 'site', header: t('explore.core.sites.id'), value: (r) => str(r.site_id) },
      {
        id: 'village',
        header: t('explore.core.sites.village'),
        value: (r) => str(r.village_name),
        render: (r) => (
          <button
            type="button"
            className="link-button"
            aria-label={t('explore.core.villages.open', { name: str(r.village_name) ?? '' })}
            onClick={() => onDrill(String(r.village_code))}
          >
            {str(r.village_name)}
          </button>
        ),
      },
      { id: 'district', header: t('explore.core.sites.district'), value: (r) => str(r.district_name) },
      { id: 'regency', header: t('explore.core.sites.regency'), value: (r) => str(r.regency_name) },
      { id: 'programme', header: t('explore.core.sites.programme'), value: (r) => str(r.programme) },
      {
        id: 'technology',
        header: t('explore.core.sites.technology'),
        value: (r) => str(r.technology),
        format: (r) => technologyLabel(t, str(r.technology) ?? '–'),
      },
      {
        id: 'status',
        header: t('explore.core.sites.status'),
        value: (r) => str(r.status),
        format: (r) => statusLabel(t, str(r.status) ?? '–'),
      },
      {
        id: 'budgetYear',
        header: t('explore.core.sites.budgetYear'),
        value: (r) => num(r.budget_year),
        format: (r) => str(r.budget_year) ?? '–',
        numeric: true,
      },
      {
        id: 'installedOn',
        header: t('explore.core.sites.installedOn'),
        value: (r) => str(r.installed_on),
        format: (r) => formatDate(str(r.installed_on), lang),
      },
      {
        id: 'bandwidth',
        header: t('explore.core.sites.bandwidth'),
        value: (r) => num(r.bandwidth_mbps),
        format: (r) => formatNumber(num(r.bandwidth_mbps), lang, 1),
        numeric: true,
        searchable: false,
      },
      {
        id: 'uptime30',
        header: t('explore.core.sites.uptime30'),
        value: (r) => num(r.uptime_30d),
        format: (r) => formatNumber(num(r.uptime_30d), lang, 1),
        numeric: true,
        searchable: false,
      },
    ],
    [t, lang, onDrill],
  );
  return (
    <TableSection
      id="sites"
      title={t('explore.core.sites.title')}
      subtitle={t('explore.core.sites.subtitle', { date: formatDate(datasetAsOf(manifest, 'site_daily'), lang) })}
      source={t('panel.source', { source: datasetSource(manifest, ['sites', 'villages', 'site_daily']) })}
      query={query}
    >
      {(rows) => (
        <VirtualTable
          rows={rows}
          columns={columns}
          rowKey={(r) => String(r.site_id)}
          caption={t('explore.core.sites.title')}
        />
      )}
    </TableSection>
  );
}
