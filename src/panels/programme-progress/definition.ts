// The programme-progress panel as one registry object (src/panels/define-panel.ts): programme sites per plan year
// and programme against the year's plan, and since the plan began.
import { definePanel } from '../define-panel.ts';
import { ProgrammeProgressPanel } from './panel.tsx';
import { PROGRAMME_PROGRESS_INDICATORS, programmeRequests } from './requests.ts';

export const programmeProgressPanel = definePanel({
  id: 'programme-progress',
  indicators: PROGRAMME_PROGRESS_INDICATORS,
  requests: (filters, ctx) => programmeRequests(filters, ctx.manifest),
  Component: ProgrammeProgressPanel,
});
