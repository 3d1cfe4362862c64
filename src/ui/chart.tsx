// The only component that touches an ECharts instance (through echarts-for-react): init, setOption (replace, not
// merge), resize and dispose. Handlers are stable so that a re-render never re-creates or re-binds the chart.
import EChartsReactCore from 'echarts-for-react/esm/core';
import isEqual from 'fast-deep-equal';
import { type RefObject, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { FitLayoutContext, fitChartLayout, type MeasureText } from './chart-layout.ts';
import type { ChartOption } from './chart-types.ts';
import { echarts } from './echarts-setup.ts';
import { echartsThemeName, FONT_FAMILY, roundScale, type ThemeName } from './theme.ts';
import { useChartScale } from './theme-context.ts';

export interface ChartEvent {
  name?: string;
  seriesName?: string;
  dataIndex?: number;
  value?: unknown;
}

interface ChartProps {
  option: ChartOption;
  theme: ThemeName;
  height?: number | string;
  onClick?: (event: ChartEvent) => void;
  /**
   * A legend entry was clicked. When given, the click selects a value instead of hiding the series: the entry
   * stays shown (the option set next decides what is drawn).
   */
  onLegendSelect?: (name: string) => void;
}

interface LegendEvent {
  name: string;
  selected?: Record<string, boolean>;
}

interface ActionTarget {
  dispatchAction: (payload: { type: string; name: string }) => void;
}

/** Instances alive right now (the wall soak test reads this to prove charts are disposed). */
export const liveCharts = { count: 0 };

export function Chart({ option, theme, height = 360, onClick, onLegendSelect }: ChartProps) {
  const scale = useChartScale();
  const themeName = echartsThemeName(theme, scale);
  const box = useRef<HTMLDivElement>(null);
  // Screens without scrolling or clicks (the wall): the layout follows the text scale; see chart-layout.ts.
  const fit = useContext(FitLayoutContext);
  const width = useBoxWidth(box, fit);
  // The first drawing animates in; later ones (a cross-filter, new data) replace the figures at once: with
  // notMerge every setOption would otherwise replay the whole entry animation and keep the view busy ~300 ms.
  const drawnOnce = useRef(false);
  const zoomReady = useZoomSupport(option.dataZoom !== undefined);
  // An option equal to the one drawn keeps its identity: echarts-for-react skips a setOption whose option is deeply
  // equal to the previous one, so no `finished` would follow and the chart would stay marked "drawing".
  const lastShown = useRef<ChartOption | null>(null);
  const shown = useMemo(() => {
    const laidOut = fit && width !== null ? fitChartLayout(option, roundScale(scale), width, measureText) : option;
    const next = drawnOnce.current ? { ...laidOut, animation: false } : laidOut;
    if (lastShown.current && isEqual(stripAnimation(lastShown.current), stripAnimation(next))) return lastShown.current;
    lastShown.current = next;
    return next;
  }, [fit, width, option, scale]);
  // A chart with a zoom slider is created once its chunk is registered: ECharts parts registered after an instance
  // exists do not reach it (setOption then throws inside dataZoom), so such a chart waits for it (a small local file).
  const canDraw = (!fit || width !== null) && (option.dataZoom === undefined || zoomReady);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;
  const legendRef = useRef(onLegendSelect);
  legendRef.current = onLegendSelect;

  const onEvents = useMemo(
    () => ({
      click: (e: ChartEvent) => clickRef.current?.(e),
      legendselectchanged: (e: LegendEvent, instance: ActionTarget) => {
        const handler = legendRef.current;
        if (!handler) return;
        // Undo the hide (ECharts queues an action dispatched during an event and runs it right after).
        if (e.selected?.[e.name] === false) instance.dispatchAction({ type: 'legendSelect', name: e.name });
        handler(e.name);
      },
      finished: () => {
        drawnOnce.current = true;
        const el = box.current;
        if (el) {
          el.dataset.chartState = 'finished';
          el.dataset.renders = String(Number(el.dataset.renders ?? '0') + 1);
        }
      },
    }),
    [],
  );

  useEffect(() => {
    liveCharts.count += 1;
    return () => {
      liveCharts.count -= 1;
    };
  }, []);

  // A new option means a new drawing: the `finished` marker is reset until ECharts says it is done. A layout effect:
  // it runs in the same commit as echarts-for-react's setOption, before the frame in which ECharts draws and fires
  // `finished`; a passive effect can run after that frame on a busy machine and leave the chart marked "drawing".
  // biome-ignore lint/correctness/useExhaustiveDependencies: the option identity is the trigger
  useLayoutEffect(() => {
    if (box.current) box.current.dataset.chartState = 'drawing';
  }, [shown]);

  return (
    <div ref={box} className="chart" data-chart-state="drawing" data-theme={themeName} style={{ height }}>
      {canDraw && (
        <EChartsReactCore
          echarts={echarts}
          option={shown}
          notMerge
          lazyUpdate
          theme={themeName}
          onEvents={onEvents}
          style={{ height: '100%', width: '100%' }}
          opts={{ renderer: 'canvas' }}
        />
      )}
    </div>
  );
}

/** The option without its `animation` switch (turning animation off alone is no new drawing). */
function stripAnimation(option: ChartOption): ChartOption {
  const { animation: _animation, ...rest } = option as ChartOption & { animation?: unknown };
  return rest as ChartOption;
}

let zoomSupport: Promise<void> | null = null;
let zoomLoaded = false;

/** Loads the dataZoom component when a chart asks for it; true once it is registered. */
function useZoomSupport(needed: boolean): boolean {
  const [ready, setReady] = useState(zoomLoaded);
  useEffect(() => {
    if (!needed || ready) return;
    let live = true;
    zoomSupport ??= import('./echarts-zoom-parts.ts').then(() => {
      zoomLoaded = true;
    });
    void zoomSupport.then(() => {
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, [needed, ready]);
  return ready || zoomLoaded;
}

/** The box width in px when `on` (null until measured, before the first paint); null when off. */
function useBoxWidth(box: RefObject<HTMLDivElement | null>, on: boolean): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = box.current;
    if (!on || !el) return;
    setWidth(Math.round(el.clientWidth));
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(Math.round(el.clientWidth)));
    observer.observe(el);
    return () => observer.disconnect();
  }, [box, on]);
  return on ? width : null;
}

let measureCtx: CanvasRenderingContext2D | null | undefined;

/** Canvas text width with the chart font (what ECharts measures with); an estimate where there is no canvas. */
const measureText: MeasureText = (text, fontPx) => {
  if (measureCtx === undefined) {
    try {
      measureCtx = document.createElement('canvas').getContext('2d');
    } catch {
      measureCtx = null;
    }
  }
  if (!measureCtx) return text.length * fontPx * 0.58;
  measureCtx.font = `${fontPx}px ${FONT_FAMILY}`;
  return measureCtx.measureText(text).width;
};
