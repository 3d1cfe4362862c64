// The kpis panel as one registry object (src/panels/define-panel.ts). Its requests need the manifest's as-of dates
// (the year so far, the same span a year earlier, the 30-day windows).
import { definePanel } from '../define-panel.ts';
import { kpiDates } from '../periods.ts';
import { KpisPanel } from './panel.tsx';
import { KPI_INDICATORS, kpiRequests } from './requests.ts';

export const kpisPanel = definePanel({
  id: 'kpis',
  indicators: KPI_INDICATORS,
  requests: (filters, ctx) => kpiRequests(filters, kpiDates(ctx.manifest)),
  Component: KpisPanel,
});
