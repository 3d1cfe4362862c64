import { keepPreviousData, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useRef, useState } from 'react';
import { useData } from '../../coordinator/data-context.tsx';
import { dataUrl } from '../../data/data-url.ts';
import { type FeatureCollection, featuresWhere, fetchGeoJson } from '../../data/geo.ts';
import type { Row } from '../../data/rows.ts';
import { type Dimension, type Filters, normaliseFilters } from '../../filters/filters.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { Chart, type ChartEvent } from '../../ui/chart.tsx';
import { ensureMap, loadMapSupport } from '../../ui/maps.ts';
import { PanelFrame } from '../../ui/panel-frame.tsx';
import { useThemeName } from '../../ui/theme-context.ts';
import { datasetAsOf, datasetSource, panelLabels } from '../panel-text.ts';
import { METRICS, type Metric, mapQuery, PANEL_ID } from './query.ts';
import { featureNames, mapName, toModel, toOption, topArea, toTable } from './to-option.ts';

const REGENCIES_FILE = 'jambi-regencies.geojson';
const DISTRICTS_FILE = 'jambi-districts.geojson';

/** Boundary files through react-query (keyed by file name), fetched once per page. */
function geoQuery(file: string) {
  return queryOptions({
    queryKey: ['geo', file] as const,
    queryFn: () => fetchGeoJson(dataUrl(file)),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
}

interface MapResult {
  metric: Metric;
  regency: string | null;
  geo: FeatureCollection;
  rows: Row[];
}

/**
 * The figures and the boundaries of one view arrive together and carry their metric and level, so the drawing,
 * its labels and its table always match. The previous view stays on screen while the next loads (the controls
 * keep their focus).
 */
function useMapQuery(metric: Metric, regency: string | null, filters: Filters) {
  const { engine, manifest } = useData();
  const client = useQueryClient();
  const normalised = normaliseFilters(filters);
  return useQuery({
    queryKey: ['panel', `${PANEL_ID}/${metric}/${regency ?? 'province'}`, normalised, manifest.version] as const,
    queryFn: async (): Promise<MapResult> => {
      const [geo, rows] = await Promise.all([
        client.ensureQueryData(geoQuery(regency === null ? REGENCIES_FILE : DISTRICTS_FILE)),
        engine.run(mapQuery(metric, regency)(normalised)),
        loadMapSupport(),
      ]);
      return { metric, regency, geo, rows };
    },
    placeholderData: keepPreviousData,
  });
}

export function RegencyMapPanel({
  filters,
  onSelect,
}: {
  filters: Filters;
  onSelect?: (dimension: Dimension, value: string) => void;
}) {
  const { t, lang } = useLang();
  const theme = useThemeName();
  const { manifest } = useData();
  const radioName = useId();
  const drillRef = useRef<HTMLSelectElement>(null);
  const [metric, setMetric] = useState<Metric>('sites');
  const [picked, setPicked] = useState<string | null>(null);
  // A drill-down that the regency filter no longer allows falls back to the province.
  const regency =
    picked !== null && (filters.regencies.length === 0 || filters.regencies.includes(picked)) ? picked : null;

  const query = useMapQuery(metric, regency, filters);
  const regencyGeo = useQuery(geoQuery(REGENCIES_FILE));
  const regencyNames = useMemo(() => (regencyGeo.data ? featureNames(regencyGeo.data) : {}), [regencyGeo.data]);
  const choices = Object.entries(regencyNames)
    .filter(([code]) => filters.regencies.length === 0 || filters.regencies.includes(code))
    .sort(([a], [b]) => a.localeCompare(b));

  const view = useMemo(() => {
    const result = query.data;
    if (!result) return null;
    const model = toModel(result.rows, result.metric, result.regency);
    const geo = result.regency === null ? result.geo : featuresWhere(result.geo, 'regency_code', result.regency);
    ensureMap(mapName(result.regency), geo);
    const scopeName = result.regency === null ? null : (regencyNames[result.regency] ?? result.regency);
    const metricLabel = t(`regencyMap.metric.${result.metric}`);
    const level =
      scopeName === null ? t('regencyMap.levelProvince') : t('regencyMap.levelRegency', { name: scopeName });
    const option = toOption(model, {
      lang,
      metricLabel,
      highLabel: t('regencyMap.high'),
      lowLabel: t('regencyMap.low'),
      ariaDescription: t('regencyMap.aria', { level, metric: metricLabel, top: topArea(model, lang) }),
      ofVillages: (covered, villages) => t('regencyMap.ofVillages', { covered, villages }),
      featureNames: featureNames(geo),
    });
    const areaLabel = t(scopeName === null ? 'regencyMap.regency' : 'regencyMap.district');
    return { model, scopeName, option, table: toTable(model, { lang, areaLabel, metricLabel }) };
  }, [query.data, regencyNames, lang, t]);

  // Subtitle and source describe what is drawn (the previous view while the next one loads).
  const shown = view?.model.metric ?? metric;
  const scopeName = view ? view.scopeName : regency === null ? null : (regencyNames[regency] ?? regency);
  const year = view?.model.coverageYear;
  const subtitle = t('regencyMap.subtitle', {
    scope: scopeName === null ? t('regencyMap.scopeProvince') : t('regencyMap.scopeRegency', { name: scopeName }),
    unit: t(`regencyMap.unit.${shown}`, { year: year ?? '–' }),
    date: formatDate(datasetAsOf(manifest, shown === 'sites' ? 'sites' : 'village_coverage'), lang),
  });
  const datasets = shown === 'sites' ? (['sites', 'villages'] as const) : (['village_coverage', 'villages'] as const);
  const source = t('panel.source', {
    source: [datasetSource(manifest, datasets), t('regencyMap.boundaries')].filter(Boolean).join('. '),
  });

  // Nothing to colour (no area, or no value anywhere, e.g. no coverage year in the window): a note, no map.
  const blank = view?.model.areas.every((a) => a.value === null) === true;
  // No area at all at province level is "empty"; inside a regency the controls stay so that one can go back.
  const empty = view !== null && view.model.areas.length === 0 && view.model.regencyCode === null;
  const state = query.isError ? 'error' : !view ? 'loading' : empty ? 'empty' : 'ready';

  const onChartClick = (event: ChartEvent) => {
    const code = event.name;
    if (!view || !code || !view.model.areas.some((a) => a.code === code)) return;
    if (view.model.regencyCode === null) {
      setPicked(code);
      onSelect?.('regency', code);
    } else {
      onSelect?.('district', code);
    }
  };
  const back = () => {
    setPicked(null);
    drillRef.current?.focus();
  };

  return (
    <PanelFrame
      panelId={PANEL_ID}
      title={t('regencyMap.title')}
      subtitle={subtitle}
      source={source}
      labels={panelLabels(t)}
      state={state}
      error={query.error?.message}
      onRetry={() => void query.refetch()}
      table={blank ? undefined : view?.table}
      controls={
        <>
          <fieldset>
            <legend>{t('regencyMap.metricLegend')}</legend>
            {METRICS.map((m) => (
              <label key={m}>
                <input type="radio" name={radioName} value={m} checked={metric === m} onChange={() => setMetric(m)} />{' '}
                {t(`regencyMap.metric.${m}`)}
              </label>
            ))}
          </fieldset>
          <label>
            {t('regencyMap.drillLabel')}{' '}
            <select ref={drillRef} value={regency ?? ''} onChange={(e) => setPicked(e.target.value || null)}>
              <option value="">{t('regencyMap.drillNone')}</option>
              {choices.map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          {regency !== null && (
            <button type="button" onClick={back}>
              {t('regencyMap.back')}
            </button>
          )}
        </>
      }
    >
      {blank && view && (
        <p className="panel-note">{view.model.areas.length === 0 ? t('panel.empty') : t('regencyMap.noValues')}</p>
      )}
      {!blank && view && (
        <>
          {view.model.regencyCode === null && <p className="panel-note">{t('regencyMap.hint')}</p>}
          <Chart option={view.option} theme={theme} height={420} onClick={onChartClick} />
        </>
      )}
    </PanelFrame>
  );
}
