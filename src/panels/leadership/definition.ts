// The leadership panel as one registry object (src/panels/define-panel.ts): progress against plan and target for
// the room (wall page "ringkasan") and briefings. Its requests need the manifest (as-of dates, the plan's first year).
import { definePanel } from '../define-panel.ts';
import { leadershipDates } from '../periods.ts';
import { LeadershipPanel } from './panel.tsx';
import { LEADERSHIP_INDICATORS, leadershipRequests } from './requests.ts';

export const leadershipPanel = definePanel({
  id: 'leadership',
  indicators: LEADERSHIP_INDICATORS,
  requests: (filters, ctx) => leadershipRequests(filters, leadershipDates(ctx.manifest)),
  Component: LeadershipPanel,
});
