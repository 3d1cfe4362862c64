// The villages and sites tables of the analyst workspace: row listings (src/indicators/listings/villages-table.ts,
// sites-table.ts), not indicators; they follow the filters and show the rows in the virtualised table (sort, search,
// column filters, column choice; columns in table-columns.ts, state in the URL through table-state.ts, so the
// download of the tools section holds the same rows). A village (code or name) opens the drill-down. With a
// programme, technology or status filter the villages table lists only the villages that have such a site, and its
// title says so.
import { useId, useMemo } from 'react';
import { useData } from '../../coordinator/data-context.tsx';
import type { Row } from '../../data/rows.ts';
import type { Filters } from '../../filters/filters.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { SITES_TABLE, sitesTableQuery } from '../../indicators/listings/sites-table.ts';
import { restrictsToSites, VILLAGES_TABLE, villagesTableQuery } from '../../indicators/listings/villages-table.ts';
import { datasetAsOf, datasetSource } from '../../panels/panel-text.ts';
import { SITE_COLUMN_IDS, siteColumns, VILLAGE_COLUMN_IDS, villageColumns } from './table-columns.ts';
import { useTableState } from './table-state.ts';
import { useExploreQuery } from './use-explore-query.ts';
import { type VirtualColumn, VirtualTable } from './virtual-table.tsx';
import './tables.css';

const str = (v: Row[string] | undefined): string | null => (v === null || v === undefined ? null : String(v));

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
  const [view, setView] = useTableState('villages', VILLAGE_COLUMN_IDS);
  const columns = useMemo<VirtualColumn<Row>[]>(
    () =>
      villageColumns(t, lang).map((c) =>
        c.id === 'code'
          ? {
              ...c,
              render: (r: Row) => (
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
            }
          : c,
      ),
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
      {(rows) => (
        <VirtualTable
          rows={rows}
          columns={columns}
          rowKey={(r) => String(r.village_code)}
          caption={title}
          state={view}
          onStateChange={setView}
        />
      )}
    </TableSection>
  );
}

export function SitesTable({ filters, onDrill }: { filters: Filters; onDrill: (code: string) => void }) {
  const { t, lang } = useLang();
  const { manifest } = useData();
  const query = useExploreQuery(SITES_TABLE, filters, sitesTableQuery);
  const [view, setView] = useTableState('sites', SITE_COLUMN_IDS);
  const columns = useMemo<VirtualColumn<Row>[]>(
    () =>
      siteColumns(t, lang).map((c) =>
        c.id === 'village'
          ? {
              ...c,
              render: (r: Row) => (
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('explore.core.villages.open', { name: str(r.village_name) ?? '' })}
                  onClick={() => onDrill(String(r.village_code))}
                >
                  {str(r.village_name)}
                </button>
              ),
            }
          : c,
      ),
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
          state={view}
          onStateChange={setView}
        />
      )}
    </TableSection>
  );
}
