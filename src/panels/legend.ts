// The legend over a chart: on a desk paged ("scroll") and clickable; in presentation mode (wall, briefing: see
// src/ui/presentation.ts) every entry shown at once and none clickable (nobody there can page it or toggle a series).
export function topLegend(present = false): Record<string, unknown> {
  return present ? { top: 0, type: 'plain', selectedMode: false } : { top: 0, type: 'scroll' };
}
