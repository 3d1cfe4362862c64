// Drill-down: province → regency → district → village, with a breadcrumb ("Provinsi Jambi › Merangin › Jangkat ›
// Renah Kemumu"). Each level lists the areas one level down (src/indicators/listings/drill-areas.ts) with their
// numbers as indicators (villages_total, blankspot_villages, sites_in_service: drill-model.ts), each cell carrying
// its data-* attributes, the definitions and, where an active filter does not apply to a column, a note saying so.
// The village level shows the village, its signal history and its sites with a monthly uptime summary (listings).
import { useEffect, useId, useMemo, useRef } from 'react';
import { useData } from '../../coordinator/data-context.tsx';
import { useFigures } from '../../coordinator/use-figures.ts';
import type { Row } from '../../data/rows.ts';
import { type Filters, NO_FILTERS } from '../../filters/filters.ts';
import type { KnownValuesWithLabels } from '../../filters/known-values.ts';
import type { Dropped } from '../../filters/url-state.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { definitionText, periodLabel } from '../../indicators/describe.ts';
import { type AreaLevel, DRILL_AREAS, drillAreasQuery } from '../../indicators/listings/drill-areas.ts';
import {
  SUMMARY_MONTHS,
  VILLAGE_HISTORY,
  VILLAGE_SITES,
  villageHistoryQuery,
  villageSitesQuery,
} from '../../indicators/listings/village-history.ts';
import { Chart } from '../../ui/chart.tsx';
import { Definition } from '../../ui/definition.tsx';
import { useThemeName } from '../../ui/theme-context.ts';
import { hasTelemetry, toVillageSites, uptimeOption } from './drill-chart.ts';
import {
  areaCodes,
  DRILL_INDICATORS,
  type DrillCell,
  drillIgnored,
  drillNumbers,
  drillRequests,
} from './drill-model.ts';
import { drillLevel, drillParent, drillPath } from './explore-state.ts';
import { useExploreQuery } from './use-explore-query.ts';
import { kindLabel, signalLabel, statusLabel, technologyLabel, yesNo } from './value-labels.ts';

interface Props {
  filters: Filters;
  /** The drill position the filters allow (see effectiveDrill). */
  drill: string | null;
  known: KnownValuesWithLabels;
  onDrill: (code: string | null, note?: Dropped) => void;
}

const n = (v: Row[string] | undefined) => (v === null || v === undefined ? null : Number(v));

export function DrillDown({ filters, drill, known, onDrill }: Props) {
  const { t } = useLang();
  const headingId = useId();
  const level = drillLevel(drill);
  const path = drillPath(drill);
  const villageCode = level === 'village' ? drill : null;
  // The village and its signal history do not depend on the filters.
  const village = useExploreQuery(
    VILLAGE_HISTORY,
    NO_FILTERS,
    () => villageHistoryQuery(villageCode ?? ''),
    [villageCode],
    villageCode !== null,
  );
  const villageRow = villageCode !== null && !village.loading ? village.rows?.[0] : undefined;
  const missing = villageCode !== null && !village.loading && !village.error && village.rows?.length === 0;

  // A village code that does not exist in the data: say so and go up to its district.
  useEffect(() => {
    if (missing && villageCode)
      onDrill(drillParent(villageCode), { param: 'drill', value: villageCode, reason: 'unknown' });
  }, [missing, villageCode, onDrill]);

  const nameOf = (code: string) => {
    const lvl = drillLevel(code);
    if (lvl === 'village') return villageRow ? String(villageRow.name) : code;
    return known.labels[`${lvl}:${code}`] ?? code;
  };
  // After a move (not on first show), focus goes to the heading so keyboard users land on the new level.
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef(drill);
  useEffect(() => {
    if (shown.current !== drill) heading.current?.focus();
    shown.current = drill;
  }, [drill]);

  const crumbs = [
    { code: null as string | null, name: t('explore.core.drill.province') },
    ...path.map((code) => ({ code, name: nameOf(code) })),
  ];

  return (
    <section className="panel drill" aria-labelledby={headingId} data-drill-level={level}>
      <header className="panel-head">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {t('explore.core.drill.title')}
        </h2>
        <p className="panel-subtitle">{t('explore.core.drill.subtitle')}</p>
      </header>
      <nav aria-label={t('explore.core.drill.breadcrumb')} className="breadcrumb">
        <ol>
          {crumbs.map((c, i) => (
            <li key={c.code ?? 'province'}>
              {i === crumbs.length - 1 ? (
                <span aria-current="location">{c.name}</span>
              ) : (
                <button type="button" className="link-button" onClick={() => onDrill(c.code)}>
                  {c.name}
                </button>
              )}
            </li>
          ))}
        </ol>
      </nav>
      {level === 'village' && villageCode ? (
        <VillageDetail code={villageCode} filters={filters} village={village} />
      ) : (
        <AreaList level={level as AreaLevel} code={drill} filters={filters} onDrill={onDrill} />
      )}
    </section>
  );
}

function AreaList({
  level,
  code,
  filters,
  onDrill,
}: {
  level: AreaLevel;
  code: string | null;
  filters: Filters;
  onDrill: (code: string | null) => void;
}) {
  const { t, lang } = useLang();
  const { manifest } = useData();
  const areas = useExploreQuery(DRILL_AREAS, filters, (f) => drillAreasQuery(level, code, f), [level, code]);
  const requests = useMemo(() => drillRequests(level, code, filters), [level, code, filters]);
  const figures = useFigures(requests);
  const rows = areas.rows ?? [];
  const numbers = drillNumbers(level, requests, figures.sets, areaCodes(areas.rows), manifest, lang);
  const villageLevel = level === 'district';
  const year = rows[0]?.coverage_year ?? '–';
  const blankspotPeriod = numbers.blankspotPeriod ? periodLabel(numbers.blankspotPeriod, lang) : '–';
  const ignored = drillIgnored(filters, lang);
  const error = areas.error ?? figures.error;
  const ready = !areas.loading && numbers.fresh && !areas.error && figures.state !== 'error';
  const xf = {
    'data-xf-key': areas.xf['data-xf-key'],
    'data-xf-state': error ? 'error' : ready ? 'ready' : 'loading',
  };
  const num = (c: DrillCell) => (
    <td className="num" {...c.attrs}>
      {c.text}
    </td>
  );
  return (
    <div className="drill-body" {...xf}>
      {error ? (
        <div className="panel-error" role="alert">
          <p>{error.message}</p>
          <button
            type="button"
            onClick={() => {
              if (areas.error) void areas.refetch();
              figures.retry();
            }}
          >
            {t('errors.retry')}
          </button>
        </div>
      ) : !areas.rows ? (
        <p className="panel-note" role="status">
          {t('explore.core.tableLoading')}
        </p>
      ) : rows.length === 0 ? (
        <p className="panel-note">{t('panel.empty')}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="data-table" data-table="drill">
              <caption>{t(`explore.core.drill.caption.${level}`)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(`explore.core.drill.area.${level}`)}</th>
                  {villageLevel ? (
                    <>
                      <th scope="col">{t('explore.core.villages.kind')}</th>
                      <th scope="col">{t('explore.core.villages.isolated')}</th>
                      <th scope="col">{t('explore.core.drill.signal', { year })}</th>
                      <th scope="col">{t('explore.core.drill.isBlankspot', { year })}</th>
                    </>
                  ) : (
                    <>
                      <th scope="col" className="num" data-column="villages_total">
                        {t('explore.core.drill.villages')}
                      </th>
                      <th scope="col" className="num" data-column="blankspot_villages">
                        {t('explore.core.drill.blankspot', { period: blankspotPeriod })}
                      </th>
                    </>
                  )}
                  <th scope="col" className="num" data-column="sites_in_service">
                    {t('explore.core.drill.sites')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => {
                  const key = String(r.code);
                  const cells = numbers.byArea.get(key);
                  return (
                    <tr key={key} data-key={key}>
                      <th scope="row">
                        <button type="button" className="link-button" onClick={() => onDrill(key)}>
                          {String(r.name)}
                        </button>
                      </th>
                      {villageLevel ? (
                        <>
                          <td>{kindLabel(t, r.kind === null ? null : String(r.kind))}</td>
                          <td>{yesNo(t, typeof r.isolated === 'boolean' ? r.isolated : null)}</td>
                          <td>{signalLabel(t, r.best_signal === null ? null : String(r.best_signal))}</td>
                          <td>{yesNo(t, typeof r.is_blankspot === 'boolean' ? r.is_blankspot : null)}</td>
                          <td className="num">{formatNumber(n(r.sites_in_service), lang, 0)}</td>
                        </>
                      ) : (
                        <>
                          {num(cells?.villages_total ?? PENDING_CELL)}
                          {num(cells?.blankspot_villages ?? PENDING_CELL)}
                          {num(cells?.sites_in_service ?? PENDING_CELL)}
                        </>
                      )}
                    </tr>
                  );
                })}
              </tbody>
              <tfoot>
                <tr data-key="total">
                  <th scope="row">{t('explore.core.drill.total')}</th>
                  {villageLevel ? (
                    <>
                      <td colSpan={3} {...numbers.total.villages_total.attrs}>
                        {t('explore.core.drill.villagesCount', { n: numbers.total.villages_total.text })}
                      </td>
                      {num(numbers.total.blankspot_villages)}
                    </>
                  ) : (
                    <>
                      {num(numbers.total.villages_total)}
                      {num(numbers.total.blankspot_villages)}
                    </>
                  )}
                  {num(numbers.total.sites_in_service)}
                </tr>
              </tfoot>
            </table>
          </div>
          <ul className="drill-notes">
            {DRILL_INDICATORS.map((id) => (
              <li key={id} data-indicator-note={id}>
                <span className="drill-note-name">{t(`explore.core.drill.column.${id}`)}</span>
                <Definition text={definitionText(id, lang, filters)} />
                {ignored
                  .filter((x) => x.indicator === id)
                  .map((x) => (
                    <span key={x.note} className="panel-ignored" data-ignored={id}>
                      {x.note}
                    </span>
                  ))}
              </li>
            ))}
            {villageLevel && <li className="panel-note">{t('explore.core.drill.villageRows')}</li>}
          </ul>
        </>
      )}
    </div>
  );
}

const PENDING_CELL: DrillCell = { text: '…' };

function VillageDetail({
  code,
  filters,
  village,
}: {
  code: string;
  filters: Filters;
  village: ReturnType<typeof useExploreQuery>;
}) {
  const { t, lang } = useLang();
  const theme = useThemeName();
  const sitesQuery = useExploreQuery(VILLAGE_SITES, filters, (f) => villageSitesQuery(code, f), [code]);
  const model = useMemo(() => (sitesQuery.rows ? toVillageSites(sitesQuery.rows) : null), [sitesQuery.rows]);
  const info = village.rows?.[0];
  const history = (village.rows ?? []).filter((r) => r.year !== null);
  const name = info ? String(info.name) : code;
  const option = useMemo(
    () =>
      model && hasTelemetry(model)
        ? uptimeOption(model, {
            lang,
            unit: '%',
            ariaDescription: t('explore.core.village.chartAria', { name, months: SUMMARY_MONTHS }),
          })
        : null,
    [model, lang, t, name],
  );
  if (village.error) {
    return (
      <div className="panel-error" role="alert">
        <p>{village.error.message}</p>
      </div>
    );
  }
  if (!info) {
    return (
      <p className="panel-note" role="status">
        {t('explore.core.tableLoading')}
      </p>
    );
  }
  return (
    <div className="drill-body village" {...sitesQuery.xf}>
      <h3>{name}</h3>
      <dl className="facts">
        <dt>{t('explore.core.villages.code')}</dt>
        <dd>{String(info.code)}</dd>
        <dt>{t('explore.core.villages.kind')}</dt>
        <dd>{kindLabel(t, String(info.kind))}</dd>
        <dt>{t('explore.core.villages.isolated')}</dt>
        <dd>{yesNo(t, typeof info.isolated === 'boolean' ? info.isolated : null)}</dd>
        <dt>{t('explore.core.villages.district')}</dt>
        <dd>{String(info.district_name)}</dd>
        <dt>{t('explore.core.villages.regency')}</dt>
        <dd>{String(info.regency_name)}</dd>
      </dl>
      <div className="village-grid">
        <div className="table-wrap">
          <table className="data-table">
            <caption>{t('explore.core.village.history')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('explore.core.village.year')}</th>
                <th scope="col">{t('explore.core.villages.signal')}</th>
                <th scope="col">{t('explore.core.villages.blankspot')}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((r) => (
                <tr key={String(r.year)}>
                  <th scope="row">{String(r.year)}</th>
                  <td>{signalLabel(t, r.best_signal === null ? null : String(r.best_signal))}</td>
                  <td>{yesNo(t, typeof r.is_blankspot === 'boolean' ? r.is_blankspot : null)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {history.length === 0 && <p className="panel-note">{t('explore.core.village.noHistory')}</p>}
        </div>
        <div>
          {sitesQuery.error ? (
            <div className="panel-error" role="alert">
              <p>{sitesQuery.error.message}</p>
              <button type="button" onClick={() => void sitesQuery.refetch()}>
                {t('errors.retry')}
              </button>
            </div>
          ) : !model ? (
            <p className="panel-note" role="status">
              {t('explore.core.tableLoading')}
            </p>
          ) : model.sites.length === 0 ? (
            <p className="panel-note">{t('explore.core.village.noSites')}</p>
          ) : (
            <>
              <div className="table-wrap">
                <table className="data-table" data-table="village-sites">
                  <caption>{t('explore.core.village.sites', { name })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('explore.core.sites.id')}</th>
                      <th scope="col">{t('explore.core.sites.programme')}</th>
                      <th scope="col">{t('explore.core.sites.technology')}</th>
                      <th scope="col">{t('explore.core.sites.status')}</th>
                      <th scope="col">{t('explore.core.sites.installedOn')}</th>
                      <th scope="col" className="num">
                        {t('explore.core.village.uptime12', { months: SUMMARY_MONTHS })}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {model.sites.map((s) => (
                      <tr key={s.siteId} data-key={s.siteId}>
                        <th scope="row">{s.siteId}</th>
                        <td>{s.programme}</td>
                        <td>{technologyLabel(t, s.technology)}</td>
                        <td>{statusLabel(t, s.status)}</td>
                        <td>{formatDate(s.installedOn, lang)}</td>
                        <td className="num">{formatNumber(s.uptime12m, lang, 1)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {option ? (
                <figure className="village-chart">
                  <figcaption>{t('explore.core.village.chartTitle', { months: SUMMARY_MONTHS })}</figcaption>
                  <Chart option={option} theme={theme} height={220} />
                </figure>
              ) : (
                <p className="panel-note">{t('explore.core.village.noTelemetry', { months: SUMMARY_MONTHS })}</p>
              )}
            </>
          )}
        </div>
      </div>
    </div>
  );
}
