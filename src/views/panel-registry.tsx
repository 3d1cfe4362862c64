// Panel ids → components, for views that compose panels by name (wall playlist, briefing, overview).
import type { ComponentType } from 'react';
import type { Filters } from '../filters/filters.ts';
import { BlankspotReductionPanel } from '../panels/blankspot-reduction/panel.tsx';
import { ConnectivityTrendsPanel } from '../panels/connectivity-trends/panel.tsx';
import { InstallationsByRegencyPanel } from '../panels/installations-by-regency/panel.tsx';
import { KpisPanel } from '../panels/kpis/panel.tsx';
import { RegencyMapPanel } from '../panels/regency-map/panel.tsx';
import { RepeaterPlanPanel } from '../panels/repeater-plan/panel.tsx';
import { withPanelBoundary } from '../ui/error-boundary.tsx';
import type { WallPanelId } from './wall/wall-config.ts';

export interface PanelProps {
  filters: Filters;
  onSelect?: (
    dimension: 'regency' | 'district' | 'programme' | 'technology' | 'status' | 'year',
    value: string,
  ) => void;
}

export const PANELS: Partial<Record<WallPanelId, ComponentType<PanelProps>>> = {
  'blankspot-reduction': withPanelBoundary(BlankspotReductionPanel, 'blankspot-reduction'),
  'installations-by-regency': withPanelBoundary(InstallationsByRegencyPanel, 'installations-by-regency'),
  'connectivity-trends': withPanelBoundary(ConnectivityTrendsPanel, 'connectivity-trends'),
  kpis: withPanelBoundary(KpisPanel, 'kpis'),
  'regency-map': withPanelBoundary(RegencyMapPanel, 'regency-map'),
  'repeater-plan': withPanelBoundary(RepeaterPlanPanel, 'repeater-plan'),
};
