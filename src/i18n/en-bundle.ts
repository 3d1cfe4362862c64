// Every English message of the first paint's namespaces (the core strings and each panel's), in one module that
// loads only when English is chosen (src/i18n/i18n.ts loadEnglish): Indonesian is the first language, and the
// first paint carries it alone. The lazily loaded views register both languages themselves (registerMessages).
import { en } from './en.ts';
import { blankspotReduction } from './panels-en/blankspot-reduction.ts';
import { connectivityTrends } from './panels-en/connectivity-trends.ts';
import { installationsByRegency } from './panels-en/installations-by-regency.ts';
import { kpis } from './panels-en/kpis.ts';
import { programmeProgress } from './panels-en/programme-progress.ts';
import { regencyMap } from './panels-en/regency-map.ts';
import { regencySpotlight } from './panels-en/regency-spotlight.ts';
import { repeaterPlan } from './panels-en/repeater-plan.ts';
import { sitesDown } from './panels-en/sites-down.ts';

export const EN_MESSAGES = {
  ...en,
  kpis,
  blankspotReduction,
  installationsByRegency,
  regencyMap,
  connectivityTrends,
  repeaterPlan,
  regencySpotlight,
  sitesDown,
  programmeProgress,
};
