// The one generic host that draws any panel by id, inside its own error boundary (a panel that throws shows its
// own "gagal dimuat" and retry; the page carries on). Memoised on the panel's inputs (filters by value): a view that
// re-renders for something else (the drill-down, a table, a note) does not re-render its panels.
import { memo, useMemo } from 'react';
import { withPanelBoundary } from '../ui/error-boundary.tsx';
import type { PanelId, PanelProps } from './define-panel.ts';
import { PANELS } from './registry.ts';

const BOUNDED = new Map<PanelId, ReturnType<typeof withPanelBoundary<PanelProps>>>();

function bounded(id: PanelId) {
  let c = BOUNDED.get(id);
  if (!c) {
    c = withPanelBoundary(PANELS[id].Component, id);
    BOUNDED.set(id, c);
  }
  return c;
}

type HostProps = PanelProps & { id: PanelId };

function Host({ id, ...props }: HostProps) {
  const Panel = useMemo(() => bounded(id), [id]);
  return <Panel {...props} />;
}

function sameInputs(a: HostProps, b: HostProps): boolean {
  return (
    a.id === b.id &&
    a.onSelect === b.onSelect &&
    a.measure === b.measure &&
    a.onMeasure === b.onMeasure &&
    JSON.stringify(a.filters) === JSON.stringify(b.filters)
  );
}

export const PanelHost = memo(Host, sameInputs);
