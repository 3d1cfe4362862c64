// The sample story, simulated year by year with a seeded PRNG so that every run gives the same rows:
// cellular blankspots (villages without signal) fall slowly as BTS 4G towers and GSM repeaters arrive, while
// Internet Desa points (Wi-Fi over VSAT) serve blankspot villages without ending their blankspot.
import { addDays, fromDays, maxDate, toDays } from './dates.ts';
import type { Regency, Village } from './geography.ts';
import { fmix32, mulberry32, type Rng, randInt, sample, weighted } from './prng.ts';
import type { ProgrammeName, TechnologyName } from './vocabularies.ts';

export const SEED = 0x15_2026;
/** The data's "state as of" date: the last day of telemetry and of the 2026 survey. */
export const AS_OF = '2026-11-27';
/** The JDAC monitoring system starts collecting telemetry on this day. */
export const MONITORING_START = '2023-01-01';
export const COVERAGE_YEARS = [2021, 2022, 2023, 2024, 2025, 2026] as const;

export const RENAH_KEMUMU = '15.02.01.2001';
export const AIR_LIKI = '15.02.23.2008';

/** Blankspot villages at the end of 2021 per regency (sum 285). Only desa; none in Kota Jambi. */
const BASELINE_BLANKSPOTS: Record<string, number> = {
  '15.01': 50,
  '15.02': 70,
  '15.03': 45,
  '15.04': 12,
  '15.05': 10,
  '15.06': 40,
  '15.07': 35,
  '15.08': 10,
  '15.09': 12,
  '15.71': 0,
  '15.72': 1,
};
/** Remote desa marked isolated besides Renah Kemumu and Air Liki. */
const EXTRA_ISOLATED: Record<string, number> = { '15.02': 3, '15.01': 3, '15.03': 2, '15.06': 2, '15.07': 2 };
/** Relative chance that a survey finds a new blankspot in a regency. */
const NEW_BLANKSPOT_WEIGHT: Record<string, number> = {
  '15.01': 3,
  '15.02': 3,
  '15.03': 3,
  '15.06': 2,
  '15.07': 2,
  '15.04': 1,
  '15.08': 1,
  '15.09': 1,
  '15.05': 0.5,
};

const INTERNET_DESA: Record<number, { n: number; programme: Programme; prefix: string; from: string; to: string }> = {
  2022: { n: 125, programme: 'BAKTI Internet Desa', prefix: 'IDB22', from: '2022-03-01', to: '2022-12-15' },
  2023: { n: 80, programme: 'Dumisake Internet Desa', prefix: 'IDD23', from: '2023-04-03', to: '2023-11-30' },
  2024: { n: 80, programme: 'Dumisake Internet Desa', prefix: 'IDD24', from: '2024-03-04', to: '2024-11-29' },
};
const VSAT_PLANS: Record<number, readonly (readonly [number, number])[]> = {
  2022: [
    [2, 0.2],
    [4, 0.5],
    [6, 0.3],
  ],
  2023: [
    [4, 0.4],
    [6, 0.4],
    [10, 0.2],
  ],
  2024: [
    [6, 0.4],
    [10, 0.6],
  ],
};
const BTS_PER_YEAR: Record<number, number> = { 2022: 5, 2023: 6, 2024: 6, 2025: 5, 2026: 7 };
/** Installation year of the 10 GSM repeaters of budget year 2024 (null: still planned). */
const REPEATER_INSTALL_YEARS = [2024, 2024, 2024, 2025, 2025, 2025, 2026, 2026, null, null] as const;
const REPEATER_WINDOWS: Record<number, [string, string]> = {
  2024: ['2024-11-01', '2024-12-20'],
  2025: ['2025-02-03', '2025-11-28'],
  2026: ['2026-02-02', '2026-09-30'],
};
/** Villages found without signal each year (surveys, equipment removed); "blankspot again" cases included. */
const NEW_BLANKSPOTS: Record<number, number> = { 2022: 8, 2023: 4, 2024: 4, 2025: 3, 2026: 1 };
/** What the numbers above add up to; the simulation checks itself against this. */
export const EXPECTED_BLANKSPOTS: Record<number, number> = {
  2021: 285,
  2022: 288,
  2023: 286,
  2024: 281,
  2025: 276,
  2026: 268,
};
const OFFLINE_VSAT = 12;

/** Province targets: planned installations and blankspot villages left at year end (ambitious on purpose). */
const PROVINCE_TARGETS: Record<number, { planned: number; blankspot: number }> = {
  2022: { planned: 125, blankspot: 280 },
  2023: { planned: 80, blankspot: 270 },
  2024: { planned: 90, blankspot: 255 },
  2025: { planned: 10, blankspot: 240 },
  2026: { planned: 10, blankspot: 225 },
};

/** Names from the published vocabularies (vocabularies.ts → programmes.csv, technologies.csv). */
type Programme = ProgrammeName;
type Technology = TechnologyName;
type Status = 'planned' | 'active' | 'offline' | 'decommissioned';
type Signal = 'none' | '2G' | '3G' | '4G';

export interface Site {
  site_id: string;
  village_code: string;
  programme: Programme;
  technology: Technology;
  status: Status;
  budget_year: number;
  installed_on: string | null;
  bandwidth_mbps: number | null;
}

export interface Coverage {
  village_code: string;
  year: number;
  best_signal: Signal;
  is_blankspot: boolean;
}

export interface Target {
  year: number;
  regency_code: string | null;
  planned_installations: number;
  blankspot_target: number | null;
}

/** Per-site parameters of the telemetry generator (see telemetry-sql.ts). Dates are ISO strings. */
export interface TelemetryPlan {
  site_id: string;
  site_key: number;
  tech: 'VSAT' | 'GSM repeater';
  bandwidth: number;
  start_date: string;
  end_date: string;
  base_uptime: number;
  rain_dip: number;
  base_users: number;
  growth: number;
  gb_per_user: number;
  down_factor: number;
  gap1_start: string | null;
  gap1_end: string | null;
  gap2_start: string | null;
  gap2_end: string | null;
}

export interface Story {
  regencies: Regency[];
  villages: Village[];
  sites: Site[];
  coverage: Coverage[];
  targets: Target[];
  telemetry: TelemetryPlan[];
  /** Blankspot villages per year (end-of-year state). */
  blankspots: Record<number, number>;
}

/** n items drawn without replacement with probability proportional to weight (Efraimidis–Spirakis). */
function weightedSample<T>(rng: Rng, items: readonly T[], n: number, weight: (item: T) => number): T[] {
  const keyed = items
    .map((item, i) => ({ item, i, w: weight(item) }))
    .filter((x) => x.w > 0)
    .map((x) => ({ ...x, key: rng() ** (1 / x.w) }));
  if (keyed.length < n) throw new Error(`weightedSample: asked for ${n} of ${keyed.length} items`);
  keyed.sort((a, b) => b.key - a.key || a.i - b.i);
  return keyed.slice(0, n).map((x) => x.item);
}

function randomDate(rng: Rng, from: string, to: string): string {
  return fromDays(randInt(rng, toDays(from), toDays(to)));
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const round1 = (x: number) => Math.round(x * 10) / 10;

export function buildStory(regencies: readonly Regency[], inputVillages: readonly Village[], seed = SEED): Story {
  const rng = mulberry32(seed);
  const villages = inputVillages.map((v) => ({ ...v })).sort((a, b) => a.village_code.localeCompare(b.village_code));
  const byCode = new Map(villages.map((v) => [v.village_code, v]));
  const village = (code: string): Village => {
    const v = byCode.get(code);
    if (!v) throw new Error(`unknown village ${code}`);
    return v;
  };
  for (const code of [RENAH_KEMUMU, AIR_LIKI]) village(code);

  // Remoteness clusters by district, so blankspots bunch together on a map as they do in reality.
  const districtWeight = new Map<string, number>();
  for (const d of [...new Set(villages.map((v) => v.district_code))].sort()) districtWeight.set(d, 0.3 + 2 * rng());

  // 1. Blankspots at the end of 2021.
  const blank = new Set<string>();
  const everBlank = new Set<string>();
  const forced = [RENAH_KEMUMU, AIR_LIKI];
  for (const r of regencies) {
    const n = BASELINE_BLANKSPOTS[r.regency_code] ?? 0;
    const mine = forced.filter((c) => village(c).regency_code === r.regency_code);
    const candidates = villages.filter(
      (v) => v.regency_code === r.regency_code && v.kind === 'desa' && !mine.includes(v.village_code),
    );
    const picked = [
      ...mine,
      ...weightedSample(rng, candidates, n - mine.length, (v) => districtWeight.get(v.district_code) ?? 1).map(
        (v) => v.village_code,
      ),
    ];
    for (const c of picked) blank.add(c);
  }
  for (const c of blank) everBlank.add(c);

  // 2. Isolated villages: the two named in public reporting plus a few other remote blankspot desa.
  for (const c of forced) village(c).isolated = true;
  for (const [reg, n] of Object.entries(EXTRA_ISOLATED)) {
    const pool = [...blank].filter((c) => village(c).regency_code === reg && !forced.includes(c)).sort();
    for (const c of sample(rng, pool, n)) village(c).isolated = true;
  }
  const isolated = (c: string) => village(c).isolated;

  // 3. Best signal at the end of 2021 for villages with coverage.
  const signal = new Map<string, Signal>();
  for (const v of villages) {
    if (blank.has(v.village_code)) continue;
    const isKota = v.regency_code.startsWith('15.7');
    const s: Signal =
      v.kind === 'kelurahan'
        ? weighted(rng, [
            ['4G', 0.95],
            ['3G', 0.05],
          ] as const)
        : isKota
          ? weighted(rng, [
              ['4G', 0.85],
              ['3G', 0.15],
            ] as const)
          : weighted(rng, [
              ['4G', 0.6],
              ['3G', 0.23],
              ['2G', 0.17],
            ] as const);
    signal.set(v.village_code, s);
  }

  const coverage: Coverage[] = [];
  const snapshots = new Map<number, Set<string>>();
  const snapshot = (year: number) => {
    snapshots.set(year, new Set(blank));
    for (const v of villages) {
      const isBlank = blank.has(v.village_code);
      const best = isBlank ? 'none' : signal.get(v.village_code);
      if (!best) throw new Error(`no signal recorded for ${v.village_code} in ${year}`);
      coverage.push({ village_code: v.village_code, year, best_signal: best, is_blankspot: isBlank });
    }
    if (blank.size !== EXPECTED_BLANKSPOTS[year]) {
      throw new Error(
        `story: ${blank.size} blankspot villages at the end of ${year}, expected ${EXPECTED_BLANKSPOTS[year]}`,
      );
    }
  };
  snapshot(2021);

  // 4. Year by year: Internet Desa points, towers, repeaters, new survey findings.
  const served = new Map<string, number>(); // village → year of its Internet Desa point
  const idVillages: Record<number, string[]> = {};
  const btsVillages: { code: string; year: number }[] = [];
  let repeaterVillages: string[] = [];
  const again: { code: string; btsYear: number; outcome: 'decommissioned' | 'offline' }[] = [];

  for (const year of COVERAGE_YEARS.slice(1)) {
    const before = snapshots.get(year - 1) ?? new Set<string>();

    // Slow upgrades of existing coverage (the 4G share rises a little each year).
    for (const v of villages) {
      const s = signal.get(v.village_code);
      if (blank.has(v.village_code) || !s) continue;
      const r = rng();
      if (s === '3G' && r < 0.1) signal.set(v.village_code, '4G');
      else if (s === '2G' && r < 0.08) signal.set(v.village_code, '3G');
    }

    // Internet Desa: planned from last year's blankspot list, one point per village, never twice.
    const id = INTERNET_DESA[year];
    if (id) {
      const mustHave = year === 2023 ? forced : [];
      const pool = [...before]
        .filter((c) => !served.has(c) && !mustHave.includes(c) && (year !== 2022 || !forced.includes(c)))
        .sort();
      const picked = [...mustHave, ...sample(rng, pool, id.n - mustHave.length)];
      for (const c of picked) served.set(c, year);
      idVillages[year] = picked;
    }

    // The GSM repeaters (budget 2024) replace 2022 VSAT points in villages that meet the technical requirements.
    if (year === 2024) {
      const pool = [...blank].filter((c) => served.get(c) === 2022 && !isolated(c)).sort();
      repeaterVillages = sample(rng, pool, REPEATER_INSTALL_YEARS.length);
    }

    // BTS 4G towers end the blankspot of their village. While Internet Desa points are still being rolled out,
    // towers go to villages that got one in an earlier year (2022: to villages not on that year's list).
    const hasTower = new Set(btsVillages.map((b) => b.code));
    const btsPool = [...blank]
      .filter((c) => !isolated(c) && !repeaterVillages.includes(c) && !hasTower.has(c))
      .filter((c) => (year === 2022 ? !served.has(c) : year <= 2024 ? (served.get(c) ?? year) < year : true))
      .sort();
    for (const c of sample(rng, btsPool, BTS_PER_YEAR[year] ?? 0)) {
      blank.delete(c);
      signal.set(c, '4G');
      btsVillages.push({ code: c, year });
    }

    REPEATER_INSTALL_YEARS.forEach((y, i) => {
      const c = repeaterVillages[i];
      if (y !== year || !c) return;
      blank.delete(c);
      signal.set(
        c,
        weighted(rng, [
          ['4G', 0.7],
          ['3G', 0.2],
          ['2G', 0.1],
        ] as const),
      );
    });

    // New blankspots: a tower removed (2024) or down (2025) makes its village blankspot again; surveys find
    // weak-signal (2G) desa that in fact have no usable signal.
    const newOnes: string[] = [];
    const againYear = year === 2024 ? 2022 : year === 2025 ? 2023 : null;
    if (againYear !== null) {
      const towers = btsVillages
        .filter((b) => b.year === againYear)
        .map((b) => b.code)
        .sort();
      const c = sample(rng, towers, 1)[0] as string;
      again.push({ code: c, btsYear: againYear, outcome: year === 2024 ? 'decommissioned' : 'offline' });
      newOnes.push(c);
    }
    const towerOrRepeater = new Set([...btsVillages.map((b) => b.code), ...repeaterVillages]);
    const freshPool = villages.filter(
      (v) =>
        v.kind === 'desa' &&
        !blank.has(v.village_code) &&
        !everBlank.has(v.village_code) &&
        !towerOrRepeater.has(v.village_code) &&
        signal.get(v.village_code) === '2G',
    );
    const fresh = weightedSample(
      rng,
      freshPool,
      (NEW_BLANKSPOTS[year] ?? 0) - newOnes.length,
      (v) => NEW_BLANKSPOT_WEIGHT[v.regency_code] ?? 0,
    );
    newOnes.push(...fresh.map((v) => v.village_code));
    for (const c of newOnes) {
      blank.add(c);
      everBlank.add(c);
      signal.delete(c);
    }
    snapshot(year);
  }

  // 5. Sites.
  const sites: Site[] = [];
  const telemetryEnd = new Map<string, string>();

  for (const [yearText, cfg] of Object.entries(INTERNET_DESA)) {
    const year = Number(yearText);
    const dated = (idVillages[year] ?? [])
      .map((c) => ({ c, d: randomDate(rng, cfg.from, cfg.to), bw: weighted(rng, VSAT_PLANS[year] ?? [[4, 1]]) }))
      .sort((a, b) => a.d.localeCompare(b.d) || a.c.localeCompare(b.c));
    dated.forEach((x, i) => {
      sites.push({
        site_id: `${cfg.prefix}-${pad(i + 1, 3)}`,
        village_code: x.c,
        programme: cfg.programme,
        technology: 'VSAT',
        status: 'active',
        budget_year: year,
        installed_on: x.d,
        bandwidth_mbps: x.bw,
      });
    });
  }

  const repeaters = repeaterVillages
    .map((c, i) => {
      const y = REPEATER_INSTALL_YEARS[i] ?? null;
      const w = y === null ? null : REPEATER_WINDOWS[y];
      return {
        c,
        d: w ? randomDate(rng, w[0], w[1]) : null,
        bw: weighted(rng, [
          [20, 0.3],
          [30, 0.4],
          [40, 0.3],
        ] as const),
      };
    })
    .sort((a, b) => (a.d ?? '9999').localeCompare(b.d ?? '9999') || a.c.localeCompare(b.c));
  repeaters.forEach((x, i) => {
    sites.push({
      site_id: `RPT24-${pad(i + 1, 2)}`,
      village_code: x.c,
      programme: 'Dumisake GSM Repeater',
      technology: 'GSM repeater',
      status: x.d ? 'active' : 'planned',
      budget_year: 2024,
      installed_on: x.d,
      bandwidth_mbps: x.d ? x.bw : null,
    });
  });
  // The first repeater of 2024 and of 2025 replace their village's VSAT point, which is then switched off.
  for (const year of [2024, 2025]) {
    const rpt = sites.find((s) => s.technology === 'GSM repeater' && s.installed_on?.startsWith(String(year)));
    const vsat = sites.find((s) => s.technology === 'VSAT' && s.village_code === rpt?.village_code);
    if (!rpt?.installed_on || !vsat) throw new Error(`story: no VSAT point to decommission in ${year}`);
    vsat.status = 'decommissioned';
    telemetryEnd.set(vsat.site_id, addDays(rpt.installed_on, randInt(rng, 7, 21)));
  }

  for (const year of Object.keys(BTS_PER_YEAR).map(Number)) {
    const to = year === 2026 ? '2026-10-30' : `${year}-12-15`;
    const mine = btsVillages.filter((b) => b.year === year);
    const dated = mine
      .map((b, i) => {
        // The register is kept current: the latest tower of the sample went live in the weeks before the as-of
        // date (the manifest dates `sites` by its latest installation).
        const last = year === 2026 && i === mine.length - 1;
        const d = last
          ? randomDate(rng, addDays(AS_OF, -25), addDays(AS_OF, -5))
          : randomDate(rng, `${year}-02-01`, to);
        return {
          c: b.code,
          d,
          bw: weighted(rng, [
            [50, 0.3],
            [75, 0.3],
            [100, 0.4],
          ] as const),
        };
      })
      .sort((a, b) => a.d.localeCompare(b.d) || a.c.localeCompare(b.c));
    dated.forEach((x, i) => {
      const a = again.find((g) => g.code === x.c);
      sites.push({
        site_id: `BTS${String(year).slice(2)}-${pad(i + 1, 2)}`,
        village_code: x.c,
        programme: 'BAKTI BTS 4G',
        technology: 'BTS 4G',
        status: a ? a.outcome : 'active',
        budget_year: year,
        installed_on: x.d,
        bandwidth_mbps: x.bw,
      });
    });
  }

  // A few operator sites (fibre/radio) in villages that always had coverage.
  const operatorPlan: [string, number][] = [
    ['15.71', 2022],
    ['15.71', 2023],
    ['15.72', 2023],
    ['15.05', 2024],
    ['15.04', 2024],
    ['15.08', 2025],
  ];
  const usedVillages = new Set(sites.map((s) => s.village_code));
  const operator = operatorPlan
    .map(([reg, year]) => {
      const pool = villages
        .filter((v) => v.regency_code === reg && !everBlank.has(v.village_code) && !usedVillages.has(v.village_code))
        .map((v) => v.village_code);
      const c = sample(rng, pool, 1)[0] as string;
      usedVillages.add(c);
      return {
        c,
        year,
        d: randomDate(rng, `${year}-01-15`, `${year}-12-15`),
        bw: weighted(rng, [
          [100, 0.3],
          [200, 0.3],
          [500, 0.2],
          [1000, 0.2],
        ] as const),
      };
    })
    .sort((a, b) => a.d.localeCompare(b.d) || a.c.localeCompare(b.c));
  operator.forEach((x, i) => {
    sites.push({
      site_id: `OPR-${pad(i + 1, 2)}`,
      village_code: x.c,
      programme: 'Operator',
      technology: 'fibre/radio',
      status: 'active',
      budget_year: x.year,
      installed_on: x.d,
      bandwidth_mbps: x.bw,
    });
  });

  // About 4 % of sites offline: a dozen VSAT points stopped reporting some days or weeks before the as-of date.
  const repeaterVillageSet = new Set(repeaterVillages);
  const offlinePool = sites
    .filter((s) => s.technology === 'VSAT' && s.status === 'active' && !repeaterVillageSet.has(s.village_code))
    .map((s) => s.site_id)
    .sort();
  for (const id of sample(rng, offlinePool, OFFLINE_VSAT).sort()) {
    const s = sites.find((x) => x.site_id === id) as Site;
    s.status = 'offline';
    telemetryEnd.set(id, addDays(AS_OF, -randInt(rng, 2, 120)));
  }
  sites.sort((a, b) => a.site_id.localeCompare(b.site_id));

  // 6. Telemetry parameters for the monitored sites (VSAT and repeaters; towers report to their owners).
  const telemetry: TelemetryPlan[] = [];
  for (const s of sites) {
    if ((s.technology !== 'VSAT' && s.technology !== 'GSM repeater') || !s.installed_on || s.bandwidth_mbps === null)
      continue;
    const start = maxDate(s.installed_on, MONITORING_START);
    const end = telemetryEnd.get(s.site_id) ?? AS_OF;
    if (end < start) continue;
    const vsat = s.technology === 'VSAT';
    const bw = s.bandwidth_mbps;
    const plan: TelemetryPlan = {
      site_id: s.site_id,
      site_key: fmix32(Math.floor(rng() * 4294967296)),
      tech: vsat ? 'VSAT' : 'GSM repeater',
      bandwidth: bw,
      start_date: start,
      end_date: end,
      base_uptime: round1(96 + 2.5 * rng()),
      rain_dip: round1(3 + 2.5 * rng()),
      base_users: round1(vsat ? 15 + 45 * rng() : 120 + 230 * rng()),
      growth: Math.round((vsat ? 0.05 + 0.1 * rng() : 0.1 + 0.15 * rng()) * 1000) / 1000,
      gb_per_user: Math.round((vsat ? (0.05 + 0.02 * bw) * (0.8 + 0.4 * rng()) : 0.3 + 0.3 * rng()) * 1000) / 1000,
      down_factor: Math.round((vsat ? 0.7 + 0.25 * rng() : 0.3 + 0.3 * rng()) * 1000) / 1000,
      gap1_start: null,
      gap1_end: null,
      gap2_start: null,
      gap2_end: null,
    };
    // A few multi-day gaps (missing rows): one in the first half, maybe one in the second.
    const n = toDays(end) - toDays(start) + 1;
    if (n >= 90) {
      const half = Math.floor(n / 2);
      if (rng() < 0.35) {
        const g = randInt(rng, 10, half - 25);
        plan.gap1_start = addDays(start, g);
        plan.gap1_end = addDays(start, g + randInt(rng, 2, 19));
      }
      if (rng() < 0.12) {
        const g = randInt(rng, half + 5, n - 25);
        plan.gap2_start = addDays(start, g);
        plan.gap2_end = addDays(start, g + randInt(rng, 2, 19));
      }
    }
    telemetry.push(plan);
  }

  // 7. Targets: province rows, and per-regency rows for the two Dumisake years (their Internet Desa points;
  // the 10 repeaters of 2024 were planned province-wide, for villages found to meet the technical requirements).
  const targets: Target[] = [];
  for (const [yearText, t] of Object.entries(PROVINCE_TARGETS)) {
    targets.push({
      year: Number(yearText),
      regency_code: null,
      planned_installations: t.planned,
      blankspot_target: t.blankspot,
    });
  }
  for (const year of [2023, 2024]) {
    const prev = snapshots.get(year - 1) ?? new Set<string>();
    const provinceTarget = PROVINCE_TARGETS[year]?.blankspot ?? 0;
    const counts = regencies.map((r) => [...prev].filter((c) => village(c).regency_code === r.regency_code).length);
    const shares = apportion(counts, provinceTarget);
    regencies.forEach((r, i) => {
      const planned = (idVillages[year] ?? []).filter((c) => village(c).regency_code === r.regency_code).length;
      targets.push({
        year,
        regency_code: r.regency_code,
        planned_installations: planned,
        blankspot_target: shares[i] ?? 0,
      });
    });
  }

  const blankspots: Record<number, number> = {};
  for (const [y, set] of snapshots) blankspots[y] = set.size;
  return { regencies: [...regencies], villages, sites, coverage, targets, telemetry, blankspots };
}

/** Splits `total` in proportion to `weights` (largest remainder), so the parts add up exactly. */
export function apportion(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w * total) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left--;
  }
  return parts;
}
