import { useData } from '../../coordinator/data-context.tsx';
import { CardsPanel } from '../cards-panel.tsx';
import type { PanelProps } from '../define-panel.ts';
import { leadershipDates } from '../periods.ts';
import { leadershipModel } from './model.ts';
import { LEADERSHIP_INDICATORS, leadershipRequestSlots, PANEL_ID } from './requests.ts';

/** The cards have nothing to click (`onSelect` is not used). */
export function LeadershipPanel({ filters }: PanelProps) {
  const { manifest } = useData();
  return (
    <CardsPanel
      panelId={PANEL_ID}
      titleKey="kpis.leadership.title"
      subtitleKey="kpis.leadership.subtitle"
      indicators={LEADERSHIP_INDICATORS}
      slots={leadershipRequestSlots(filters, leadershipDates(manifest))}
      build={leadershipModel}
      filters={filters}
    />
  );
}
