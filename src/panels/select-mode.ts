// Which selection a click on a chart mark makes: shift-, ctrl- or cmd-click adds the value to the selection, a plain
// click replaces it (src/views/explore/explore-state.ts, selectValue). ECharts passes the DOM event inside its own.
import type { ChartEvent } from '../ui/chart.tsx';
import type { SelectMode } from './define-panel.ts';

interface Modifiers {
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

export function selectMode(event: ChartEvent): SelectMode {
  const native = (event as { event?: { event?: Modifiers } }).event?.event;
  return native && (native.shiftKey || native.ctrlKey || native.metaKey) ? 'add' : 'replace';
}

/** Opacity of a mark that is not selected while others are (it stays drawn and clickable). */
export const DIMMED_OPACITY = 0.3;
