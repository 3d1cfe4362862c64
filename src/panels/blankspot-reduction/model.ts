// Pure: the panel's figures (per survey year: villages without cellular signal, blankspot villages served by
// Internet Desa, the blankspot target) → one row per year with its figures and the projection, and the sentence that
// states the projection's method and range. The briefing reuses these builders.
//
// The incomplete latest year ("2026 s.d. 27 Nov") is kept and labelled as such, but left out of the projection,
// which fits complete years only (projection.ts). A year without a figure stays null: a gap, never a zero.
import type { TFunction } from 'i18next';
import { formatNumber, type Lang } from '../../i18n/format.ts';
import { isIncomplete, periodLabel } from '../../indicators/describe.ts';
import type { Figure } from '../../indicators/results.ts';
import { type Projection, type ProjectionPoint, projectBlankspot } from './projection.ts';

/** The figures of the panel's three requests (src/panels/blankspot-reduction/requests.ts), per year. */
export interface BlankspotFigures {
  blankspot: readonly Figure[];
  served: readonly Figure[];
  target: readonly Figure[];
}

export interface BlankspotYear {
  year: number;
  /** The period code of the year's survey figures ("2025", "2026-01-01..2026-11-27"); the year itself otherwise. */
  period: string;
  /** The survey year is still running (its figures are the state "s.d." the as-of date). */
  incomplete: boolean;
  blankspot: Figure | null;
  served: Figure | null;
  target: Figure | null;
  /** The least-squares line and its range for this year (fitted and projected years); null elsewhere. */
  projection: ProjectionPoint | null;
}

export interface BlankspotModel {
  /** Every year from the first with a figure to the last the projection reaches, ascending, without holes. */
  years: BlankspotYear[];
  projection: Projection;
  /** The incomplete latest survey year, when there is one. */
  incomplete: BlankspotYear | null;
  /** False when the filtered data hold no figure at all. */
  hasData: boolean;
}

const yearOfFigure = (f: Figure): number => Number(f.row.year);

function byYear(figures: readonly Figure[]): Map<number, Figure> {
  return new Map(
    figures.filter((f) => f.row.year !== null && f.row.year !== undefined).map((f) => [yearOfFigure(f), f]),
  );
}

export function toModel(figures: BlankspotFigures): BlankspotModel {
  const blankspot = byYear(figures.blankspot);
  const served = byYear(figures.served);
  const target = byYear(figures.target);
  const complete = [...blankspot.values()].filter((f) => !isIncomplete(f.period));
  const projection = projectBlankspot(complete.map((f) => ({ year: yearOfFigure(f), value: f.value })));
  const points = new Map(projection.kind === 'trend' ? projection.points.map((p) => [p.year, p]) : []);

  const all = [...blankspot.keys(), ...served.keys(), ...target.keys(), ...points.keys()];
  const years: BlankspotYear[] = [];
  if (all.length > 0) {
    for (let year = Math.min(...all); year <= Math.max(...all); year++) {
      const b = blankspot.get(year) ?? null;
      const s = served.get(year) ?? null;
      const period = b?.period ?? s?.period ?? String(year);
      years.push({
        year,
        period,
        incomplete: isIncomplete(period),
        blankspot: b,
        served: s,
        target: target.get(year) ?? null,
        projection: points.get(year) ?? null,
      });
    }
  }
  const hasData = years.some((y) => [y.blankspot, y.served, y.target].some((f) => f !== null && f.value !== null));
  return { years, projection, incomplete: years.find((y) => y.incomplete) ?? null, hasData };
}

/** A signed rate with the minus sign: "−2,5", "+0,3", "0". */
function signed(x: number, lang: Lang): string {
  const n = formatNumber(Math.abs(x), lang, 1);
  return n === '0' ? n : `${x < 0 ? '−' : '+'}${n}`;
}

const NS = 'blankspotReduction.projection';

/**
 * The projection in words, naming its method (least squares over the complete years fitted), its rate with the range
 * (slope ± one standard error) and the outcome: the years the range reaches zero, or that it does not by the
 * horizon year (with the range's values in that year). The chart reaches the year this sentence names last.
 */
export function projectionText(p: Projection, lang: Lang, t: TFunction): string {
  switch (p.kind) {
    case 'none':
      return t(`${NS}.none`);
    case 'insufficient':
      return t(`${NS}.insufficient`, { years: p.years.join(', ') || '–' });
    case 'reached':
      return t(`${NS}.reached`, { year: p.lastYear });
    case 'trend': {
      const method = t(`${NS}.method`, { n: p.n, from: p.fromYear, to: p.toYear });
      const rate = t(`${NS}.rate`, {
        rate: signed(p.slope, lang),
        low: signed(p.slope - p.se, lang),
        high: signed(p.slope + p.se, lang),
      });
      const { central, fast, slow } = p.zero;
      const last = p.points[p.points.length - 1];
      const outcome =
        fast !== null && slow !== null
          ? fast === slow
            ? t(`${NS}.around`, { year: slow })
            : t(`${NS}.between`, { fast, slow, central: central ?? slow })
          : fast !== null
            ? t(`${NS}.earliest`, {
                fast,
                central: central ?? t(`${NS}.notBy`, { year: p.horizonYear }),
                horizon: p.horizonYear,
              })
            : t(`${NS}.notReached`, {
                horizon: p.horizonYear,
                low: formatNumber(last?.low ?? null, lang, 0),
                high: formatNumber(last?.high ?? null, lang, 0),
              });
      return t(`${NS}.sentence`, { method, rate, outcome });
    }
  }
}

/** "2026 s.d. 27 Nov" for the incomplete year, "2025" for a complete one. */
export const yearLabel = (y: Pick<BlankspotYear, 'period' | 'incomplete' | 'year'>, lang: Lang): string =>
  y.incomplete ? periodLabel(y.period, lang) : String(y.year);
