// The one generic host that draws any panel by id, inside its own error boundary (a panel that throws shows its
// own "gagal dimuat" and retry; the page carries on).
import { useMemo } from 'react';
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

export function PanelHost({ id, ...props }: PanelProps & { id: PanelId }) {
  const Panel = useMemo(() => bounded(id), [id]);
  return <Panel {...props} />;
}
