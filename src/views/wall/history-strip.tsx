// The wall's "since the last publication" strip, under the status strip: for the headline figures on the page shown
// (src/views/wall/history-deltas.ts), the change since the previous publication recorded in public/data/history.jsonl
// (src/coordinator/use-history.ts): "Sejak publikasi 20 Nov 2026: desa tanpa sinyal seluler −5 · titik mati −2".
// Nothing is shown without a previous publication, or when no headline is on the page. Each difference carries the
// attributes that trace it to the history: data-delta-of (the indicator), data-period/data-scope (the figure now),
// data-baseline-version and data-baseline-period (the publication and the figure recorded then), data-recorded-value
// (the value recorded then) and data-value (the difference).
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useData } from '../../coordinator/data-context.tsx';
import { useFigures } from '../../coordinator/use-figures.ts';
import { useHistory } from '../../coordinator/use-history.ts';
import type { Filters } from '../../filters/filters.ts';
import { formatDate, type Lang } from '../../i18n/format.ts';
import { registerMessages } from '../../i18n/i18n.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { wallHistory } from '../../i18n/views/wall-history.ts';
import { INDICATORS } from '../../indicators/catalog.ts';
import { formatValue } from '../../indicators/describe.ts';
import { versionDeltaAttrs } from '../../narrative/what-changed-text.ts';
import type { PanelId } from '../../panels/define-panel.ts';
import { PANELS } from '../../panels/registry.ts';
import { type WallDelta, wallHistoryDeltas } from './history-deltas.ts';
import './wall-history.css';

registerMessages('wallHistory', wallHistory);

/** "+3", "−5", "+0,4 poin", "tetap": the sign says the direction, the unit's points for a percentage. */
export function deltaText(d: WallDelta, t: TFunction, lang: Lang): string {
  if (d.difference === 0) return t('wallHistory.same');
  const sign = d.difference > 0 ? '+' : '\u2212';
  const n = `${sign}${formatValue(d.current.indicator, Math.abs(d.difference), lang)}`;
  return INDICATORS[d.current.indicator].unit === 'percent' ? t('wallHistory.points', { value: n }) : n;
}

/** The headline's name (the briefing's words), with its programme for a per-programme figure. */
function deltaLabel(d: WallDelta, t: TFunction): string {
  const programme = /(?:^|;)programme=([^;]+)/.exec(d.current.scope)?.[1] ?? '';
  return t(`whatChanged.label.${d.key}`, { programme });
}

export function deltaAttrs(d: WallDelta, baselineVersion: string): Record<string, string> {
  return {
    ...versionDeltaAttrs({
      of: d.current.indicator,
      period: d.current.period,
      scope: d.current.scope,
      baselinePeriod: d.recorded.period,
      baselineVersion,
      value: d.difference,
    }),
    'data-recorded-of': d.recorded.indicator,
    'data-recorded-value': d.recorded.value === null ? '' : String(d.recorded.value),
  };
}

function DeltaItem({
  d,
  baselineVersion,
  t,
  lang,
}: {
  d: WallDelta;
  baselineVersion: string;
  t: TFunction;
  lang: Lang;
}) {
  return (
    <li data-headline={d.key}>
      {deltaLabel(d, t)}{' '}
      <strong
        className="wall-history-delta"
        data-trend={d.difference > 0 ? 'up' : d.difference < 0 ? 'down' : 'flat'}
        {...deltaAttrs(d, baselineVersion)}
      >
        {deltaText(d, t, lang)}
      </strong>
    </li>
  );
}

export function HistoryStrip({ panels, filters }: { panels: readonly PanelId[]; filters: Filters }) {
  const { t, lang } = useLang();
  const { manifest } = useData();
  const history = useHistory();
  const requests = useMemo(
    () => panels.flatMap((id) => PANELS[id].requests(filters, { manifest })),
    [panels, filters, manifest],
  );
  const { sets } = useFigures(requests);
  const onScreen = sets.flatMap((s) => s.figures ?? []);
  const ready = history.data !== undefined && sets.every((s) => s.figures);
  const result = ready ? wallHistoryDeltas(history.data?.entries ?? [], manifest.version, onScreen) : null;
  const state = history.isError ? 'error' : !ready ? 'loading' : result?.deltas.length ? 'shown' : 'none';
  if (!result || result.deltas.length === 0)
    return <div className="wall-history" data-history={state} data-version={manifest.version} hidden />;
  const { baseline } = result;
  const values = { date: formatDate(baseline.asOf, lang), version: baseline.version };
  const lead = result.rollback
    ? t('wallHistory.rollback', values)
    : baseline.asOf === manifest.as_of
      ? t('wallHistory.sinceVersion', values)
      : t('wallHistory.since', values);
  const changed = result.deltas.filter((d) => d.difference !== 0);
  const same = result.deltas.filter((d) => d.difference === 0);
  return (
    <section
      className="wall-history"
      aria-label={t('wallHistory.label')}
      data-history={state}
      data-version={manifest.version}
      data-baseline-version={baseline.version}
      data-rollback={result.rollback ? 'true' : 'false'}
    >
      <span className="wall-history-lead" data-date={baseline.asOf}>
        {lead}
      </span>{' '}
      <ul className="wall-history-list">
        {changed.map((d) => (
          <DeltaItem key={`${d.key}|${d.current.scope}`} d={d} baselineVersion={baseline.version} t={t} lang={lang} />
        ))}
        {same.length > 0 && (
          <li className="wall-history-rest">{t(changed.length ? 'wallHistory.rest' : 'wallHistory.none')}</li>
        )}
      </ul>
      {same.length > 0 && (
        // The unchanged figures, each with its attributes, for screen readers and tools; on screen the line above.
        <ul className="wall-history-same">
          {same.map((d) => (
            <DeltaItem key={`${d.key}|${d.current.scope}`} d={d} baselineVersion={baseline.version} t={t} lang={lang} />
          ))}
        </ul>
      )}
    </section>
  );
}
