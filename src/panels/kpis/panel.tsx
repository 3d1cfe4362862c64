import { useData } from '../../coordinator/data-context.tsx';
import { CardsPanel } from '../cards-panel.tsx';
import type { PanelProps } from '../define-panel.ts';
import { kpiDates } from '../periods.ts';
import { kpiModel } from './model.ts';
import { KPI_INDICATORS, kpiRequestSlots, PANEL_ID } from './requests.ts';

/** `onSelect` is accepted (every panel takes it) and not used: the KPI cards have nothing to click. */
export function KpisPanel({ filters }: PanelProps) {
  const { manifest } = useData();
  return (
    <CardsPanel
      panelId={PANEL_ID}
      titleKey="kpis.title"
      subtitleKey="kpis.subtitle"
      indicators={KPI_INDICATORS}
      slots={kpiRequestSlots(filters, kpiDates(manifest))}
      build={kpiModel}
      filters={filters}
    />
  );
}
