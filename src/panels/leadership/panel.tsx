import { cardsPanel } from '../cards-panel.tsx';
import { leadershipDates } from '../periods.ts';
import { leadershipModel } from './model.ts';
import { LEADERSHIP_INDICATORS, leadershipRequestSlots, PANEL_ID } from './requests.ts';

/** Progress against plan and target: the wall's first page. */
export const LeadershipPanel = cardsPanel({
  panelId: PANEL_ID,
  titleKey: 'kpis.leadership.title',
  subtitleKey: 'kpis.leadership.subtitle',
  indicators: LEADERSHIP_INDICATORS,
  slots: (filters, manifest) => leadershipRequestSlots(filters, leadershipDates(manifest)),
  build: leadershipModel,
});
