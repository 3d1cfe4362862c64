import { queryOptions, useQuery } from '@tanstack/react-query';
import { useContext, useId, useMemo, useRef, useState } from 'react';
import { useData } from '../../coordinator/data-context.tsx';
import { type FigureSet, useFigures } from '../../coordinator/use-figures.ts';
import { useListing } from '../../coordinator/use-listing.ts';
import { dataUrl } from '../../data/data-url.ts';
import { type FeatureCollection, featuresWhere, fetchGeoJson } from '../../data/geo.ts';
import { selectedValues, withoutOwnSelection } from '../../filters/filters.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { INDICATORS } from '../../indicators/catalog.ts';
import { definitionText, periodLabel } from '../../indicators/describe.ts';
import {
  type AreaName,
  DISTRICTS_LISTING,
  districtsListing,
  REGENCIES_LISTING,
  regenciesListing,
  toAreaNames,
} from '../../indicators/listings/regencies.ts';
import { Chart, type ChartEvent } from '../../ui/chart.tsx';
import { FitLayoutContext } from '../../ui/chart-layout.ts';
import { Definition } from '../../ui/definition.tsx';
import { ensureMap, loadMapSupport } from '../../ui/maps.ts';
import { PanelFrame } from '../../ui/panel-frame.tsx';
import { usePresentation } from '../../ui/presentation.ts';
import { roundScale, TOKENS } from '../../ui/theme.ts';
import { useChartScale, useThemeName } from '../../ui/theme-context.ts';
import type { PanelProps } from '../define-panel.ts';
import { ignoredNotes } from '../ignored-notes.ts';
import { datasetAsOf, datasetSource, panelLabels } from '../panel-text.ts';
import { selectMode } from '../select-mode.ts';
import {
  drilledRegency,
  isMapMeasure,
  MAP_COUNTS,
  MAP_MEASURES,
  type MapMeasure,
  mapRequests,
  PANEL_ID,
} from './requests.ts';
import { isBlank, mapName, toModel, toOption, topArea, toTable } from './to-option.ts';

export const REGENCIES_FILE = 'jambi-regencies.geojson';
const DISTRICTS_FILE = 'jambi-districts.geojson';

/** Boundary files through react-query (keyed by file name), fetched once per page. */
export function geoQuery(file: string) {
  return queryOptions({
    queryKey: ['geo', file] as const,
    queryFn: () => fetchGeoJson(dataUrl(file)),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
}

export const mapSupportQuery = queryOptions({
  queryKey: ['map-support'] as const,
  queryFn: () => loadMapSupport().then(() => true),
  staleTime: Number.POSITIVE_INFINITY,
  gcTime: Number.POSITIVE_INFINITY,
});

/** The areas a level draws (every regency, or every district of the drilled one), narrowed to the filter. */
function areasOf(list: readonly AreaName[], allowed: readonly string[]): AreaName[] {
  return list.filter((a) => allowed.length === 0 || allowed.includes(a.code));
}

const allRegencies = () => regenciesListing();

/** All sets answer the same level (a level switch lands request by request; until then the last view stays). */
function oneLevel(sets: readonly FigureSet[]): boolean {
  const first = sets[0];
  if (!first) return false;
  const level = (s: FigureSet) => `${s.request.by.join()}|${drilledRegency(s.request) ?? ''}`;
  return sets.every((s) => s.figures !== undefined && level(s) === level(first));
}

/**
 * Cross-filter (explore, `onSelect`): a click on a regency selects ('regency', code), on a district ('district',
 * code); the map asks for every area of its level without its own selection and dims the areas not selected, so a
 * second click on the same area takes it off. Elsewhere a click on a regency opens its districts.
 */
export function RegencyMapPanel({ filters, onSelect, measure: keptMeasure, onMeasure }: PanelProps) {
  const { t, lang } = useLang();
  const theme = useThemeName();
  const { manifest } = useData();
  // On a wall or a slide: the province, the default measure, no switches, no drill-down, no click hint.
  const present = usePresentation();
  // The area labels' own sizes follow the chart text: the wall's fitted layout scales them, elsewhere (a slide) the
  // panel does, by the same rounded scale as the theme's text.
  const chartScale = useChartScale();
  const labelScale = useContext(FitLayoutContext) ? 1 : roundScale(chartScale);
  const radioName = useId();
  const drillRef = useRef<HTMLSelectElement>(null);
  const [ownMeasure, setOwnMeasure] = useState<MapMeasure>(MAP_MEASURES[0]);
  const measure = keptMeasure !== undefined && isMapMeasure(keptMeasure) ? keptMeasure : ownMeasure;
  const setMeasure = (m: MapMeasure) => (onMeasure ? onMeasure(m) : setOwnMeasure(m));
  const [picked, setPicked] = useState<string | null>(null);
  // A drill-down that the regency filter no longer allows falls back to the province.
  const regency =
    picked !== null && (filters.regencies.length === 0 || filters.regencies.includes(picked)) ? picked : null;

  const own = regency === null ? 'regency' : 'district';
  const asked = onSelect ? withoutOwnSelection(filters, [own]) : filters;
  const figures = useFigures(mapRequests(asked, measure, regency));
  const shownRegency = figures.sets[0] ? drilledRegency(figures.sets[0].request) : null;
  const wanted = regency ?? shownRegency;
  const regencyGeo = useQuery(geoQuery(REGENCIES_FILE));
  const districtGeo = useQuery({ ...geoQuery(DISTRICTS_FILE), enabled: wanted !== null });
  const support = useQuery(mapSupportQuery);
  const regencyList = useListing(REGENCIES_LISTING, null, allRegencies);
  const districtList = useListing(DISTRICTS_LISTING, wanted ?? '', districtsListing, wanted !== null);
  const regencies = useMemo(() => toAreaNames(regencyList.rows ?? []), [regencyList.rows]);
  const regencyNames = useMemo(() => Object.fromEntries(regencies.map((r) => [r.code, r.name])), [regencies]);
  const choices = areasOf(regencies, filters.regencies);

  const lastView = useRef<ReturnType<typeof build> | null>(null);
  function build(
    sets: readonly FigureSet[],
    geo: FeatureCollection,
    list: readonly AreaName[],
    drilled: string | null,
  ) {
    const request = (sets[0] as FigureSet).request;
    ensureMap(mapName(drilled), drilled === null ? geo : featuresWhere(geo, 'regency_code', drilled));
    const areas = areasOf(list, drilled === null ? request.filters.regencies : request.filters.districts);
    const model = toModel(sets, areas, manifest);
    const scopeName = drilled === null ? null : (regencyNames[drilled] ?? drilled);
    const metric = INDICATORS[model.measure].short[lang];
    const levelText =
      scopeName === null ? t('regencyMap.levelProvince') : t('regencyMap.levelRegency', { name: scopeName });
    const option = toOption(model, {
      lang,
      highLabel: t('regencyMap.high'),
      lowLabel: t('regencyMap.low'),
      ariaDescription: t('regencyMap.aria', { level: levelText, metric, top: topArea(model, lang) }),
      ofVillages: (blankspot, villages) => t('regencyMap.ofVillages', { blankspot, villages }),
      present,
      labelScale,
      labelColours: { text: TOKENS[theme].text, halo: TOKENS[theme].surface },
      selected: onSelect ? selectedValues(filters, drilled === null ? 'regency' : 'district') : undefined,
    });
    const areaLabel = t(scopeName === null ? 'regencyMap.regency' : 'regencyMap.district');
    return { model, scopeName, option, table: toTable(model, { lang, areaLabel }) };
  }
  // biome-ignore lint/correctness/useExhaustiveDependencies: build reads only the listed values
  const view = useMemo(() => {
    const sets = figures.sets;
    const drilled = sets[0] ? drilledRegency(sets[0].request) : null;
    const geo = drilled === null ? regencyGeo.data : districtGeo.data;
    const list = drilled === null ? regencyList.rows : districtList.args === drilled ? districtList.rows : undefined;
    if (!support.data || !geo || !list || !oneLevel(sets)) return lastView.current;
    lastView.current = build(sets, geo, toAreaNames(list), drilled);
    return lastView.current;
  }, [
    figures.sets,
    regencyGeo.data,
    districtGeo.data,
    regencyList.rows,
    districtList.rows,
    districtList.args,
    support.data,
    regencyNames,
    present,
    labelScale,
    theme,
    lang,
    t,
    manifest,
    onSelect ? JSON.stringify(filters) : '',
  ]);

  // Subtitle and source describe what is drawn (the previous view while the next one loads).
  const shown = view?.model.measure ?? measure;
  const scopeName = view ? view.scopeName : regency === null ? null : (regencyNames[regency] ?? regency);
  const period = view?.model.period;
  const subtitle = t('regencyMap.subtitle', {
    scope: scopeName === null ? t('regencyMap.scopeProvince') : t('regencyMap.scopeRegency', { name: scopeName }),
    unit: t(`regencyMap.unit.${shown}`, { period: period ? periodLabel(period, lang) : '–' }),
    date: formatDate(datasetAsOf(manifest, INDICATORS[shown].asOfSource), lang),
  });
  const datasets = [...new Set([...INDICATORS[shown].sources, ...MAP_COUNTS.flatMap((c) => INDICATORS[c].sources)])];
  const source = t('panel.source', {
    source: [datasetSource(manifest, datasets), t('regencyMap.boundaries')].filter(Boolean).join('. '),
  });

  const loadError =
    regencyGeo.error ??
    (districtGeo.isError ? districtGeo.error : null) ??
    regencyList.error ??
    (wanted !== null ? districtList.error : null);
  const error = figures.error ?? (view ? null : loadError);
  // Nothing to colour (no value anywhere, e.g. no coverage year in the window): a note, no map.
  const blank = view !== null && isBlank(view.model);
  // No area at all at province level is "empty"; inside a regency the controls stay so that one can go back.
  const empty = view !== null && view.model.areas.length === 0 && view.model.regencyCode === null;
  const state = error ? 'error' : !view ? 'loading' : empty ? 'empty' : 'ready';

  const onChartClick = (event: ChartEvent) => {
    const code = event.name;
    if (!view || !code || !view.model.areas.some((a) => a.code === code)) return;
    const level = view.model.regencyCode === null ? 'regency' : 'district';
    if (onSelect) onSelect(level, code, selectMode(event));
    else if (level === 'regency') setPicked(code);
  };
  const back = () => {
    setPicked(null);
    drillRef.current?.focus();
  };

  return (
    <PanelFrame
      panelId={PANEL_ID}
      title={t('regencyMap.title')}
      titleAside={<Definition text={definitionText(shown, lang, filters)} />}
      notes={ignoredNotes([shown, ...MAP_COUNTS], filters, lang)}
      subtitle={subtitle}
      source={source}
      labels={panelLabels(t)}
      state={state}
      error={error?.message}
      onRetry={() => {
        figures.retry();
        void regencyGeo.refetch();
        if (districtGeo.isError) void districtGeo.refetch();
        if (regencyList.state === 'error') regencyList.retry();
        if (districtList.state === 'error') districtList.retry();
      }}
      table={blank ? undefined : view?.table}
      controls={
        !present && (
          <>
            <fieldset>
              <legend>{t('regencyMap.metricLegend')}</legend>
              {MAP_MEASURES.map((m) => (
                <label key={m}>
                  <input
                    type="radio"
                    name={radioName}
                    value={m}
                    checked={measure === m}
                    onChange={() => setMeasure(m)}
                  />{' '}
                  {INDICATORS[m].short[lang]}
                </label>
              ))}
            </fieldset>
            <label>
              {t('regencyMap.drillLabel')}{' '}
              <select ref={drillRef} value={regency ?? ''} onChange={(e) => setPicked(e.target.value || null)}>
                <option value="">{t('regencyMap.drillNone')}</option>
                {choices.map(({ code, name }) => (
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
        )
      }
    >
      {blank && view && (
        <p className="panel-note">{view.model.areas.length === 0 ? t('panel.empty') : t('regencyMap.noValues')}</p>
      )}
      {!blank && view && (
        <>
          {view.model.regencyCode === null && (
            <p className="panel-note">
              {present
                ? t('regencyMap.rateNote')
                : `${t('regencyMap.rateNote')} ${t(onSelect ? 'regencyMap.selectHint' : 'regencyMap.clickHint')}`}
            </p>
          )}
          <Chart option={view.option} theme={theme} height={420} onClick={present ? undefined : onChartClick} />
        </>
      )}
    </PanelFrame>
  );
}
