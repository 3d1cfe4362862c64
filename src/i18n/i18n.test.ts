import { en } from './en.ts';
import { id } from './id.ts';
import { blankspotReduction } from './panels/blankspot-reduction.ts';
import { connectivityTrends } from './panels/connectivity-trends.ts';
import { installationsByRegency } from './panels/installations-by-regency.ts';
import { kpis } from './panels/kpis.ts';
import { programmeProgress } from './panels/programme-progress.ts';
import { regencyMap } from './panels/regency-map.ts';
import { regencySpotlight } from './panels/regency-spotlight.ts';
import { repeaterPlan } from './panels/repeater-plan.ts';
import { sitesDown } from './panels/sites-down.ts';
import { briefing } from './views/briefing.ts';
import { catalog } from './views/catalog.ts';
import { explore } from './views/explore.ts';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('message catalogues', () => {
  it('English has exactly the keys of Indonesian', () => {
    expect(keys(en).sort()).toEqual(keys(id).sort());
    for (const pair of [
      kpis,
      blankspotReduction,
      installationsByRegency,
      regencyMap,
      connectivityTrends,
      repeaterPlan,
      regencySpotlight,
      sitesDown,
      programmeProgress,
      explore,
      briefing,
      catalog,
    ]) {
      expect(keys(pair.en).sort()).toEqual(keys(pair.id).sort());
    }
  });
});
