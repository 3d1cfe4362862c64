// Every panel, by id: overview, wall, briefing, explore, the first-view snapshot, the catalog and the tests iterate
// this list. A new panel is one definePanel object added here.
import { blankspotReductionPanel } from './blankspot-reduction/definition.ts';
import { connectivityTrendsPanel } from './connectivity-trends/definition.ts';
import type { PanelDef, PanelId } from './define-panel.ts';
import { installationsByRegencyPanel } from './installations-by-regency/definition.ts';
import { kpisPanel } from './kpis/definition.ts';
import { leadershipPanel } from './leadership/definition.ts';
import { programmeProgressPanel } from './programme-progress/definition.ts';
import { regencyMapPanel } from './regency-map/definition.ts';
import { regencySpotlightPanel } from './regency-spotlight/definition.ts';
import { repeaterPlanPanel } from './repeater-plan/definition.ts';
import { sitesDownPanel } from './sites-down/definition.ts';

export const PANELS: Record<PanelId, PanelDef> = {
  kpis: kpisPanel,
  'blankspot-reduction': blankspotReductionPanel,
  'installations-by-regency': installationsByRegencyPanel,
  'regency-map': regencyMapPanel,
  'connectivity-trends': connectivityTrendsPanel,
  'repeater-plan': repeaterPlanPanel,
  'regency-spotlight': regencySpotlightPanel,
  'sites-down': sitesDownPanel,
  leadership: leadershipPanel,
  'programme-progress': programmeProgressPanel,
};
