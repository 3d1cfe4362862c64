import { cardsPanel } from '../cards-panel.tsx';
import { kpiDates } from '../periods.ts';
import { kpiModel } from './model.ts';
import { KPI_INDICATORS, kpiRequestSlots, PANEL_ID } from './requests.ts';

/** The overview's key figures. */
export const KpisPanel = cardsPanel({
  panelId: PANEL_ID,
  titleKey: 'kpis.title',
  subtitleKey: 'kpis.subtitle',
  indicators: KPI_INDICATORS,
  slots: (filters, manifest) => kpiRequestSlots(filters, kpiDates(manifest)),
  build: kpiModel,
});
