// The only component that touches an ECharts instance (through echarts-for-react): init, setOption (replace, not
// merge), resize and dispose. Handlers are stable so that a re-render never re-creates or re-binds the chart.
import EChartsReactCore from 'echarts-for-react/esm/core';
import { useEffect, useMemo, useRef } from 'react';
import type { ChartOption } from './chart-types.ts';
import { echarts } from './echarts-setup.ts';
import { echartsThemeName, type ThemeName } from './theme.ts';
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
}

/** Instances alive right now (the wall soak test reads this to prove charts are disposed). */
export const liveCharts = { count: 0 };

export function Chart({ option, theme, height = 360, onClick }: ChartProps) {
  const scale = useChartScale();
  const themeName = echartsThemeName(theme, scale);
  const box = useRef<HTMLDivElement>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  const onEvents = useMemo(
    () => ({
      click: (e: ChartEvent) => clickRef.current?.(e),
      finished: () => {
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

  // A new option means a new drawing: the `finished` marker is reset until ECharts says it is done.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the option identity is the trigger
  useEffect(() => {
    if (box.current) box.current.dataset.chartState = 'drawing';
  }, [option]);

  return (
    <div ref={box} className="chart" data-chart-state="drawing" data-theme={themeName} style={{ height }}>
      <EChartsReactCore
        echarts={echarts}
        option={option}
        notMerge
        lazyUpdate
        theme={themeName}
        onEvents={onEvents}
        style={{ height: '100%', width: '100%' }}
        opts={{ renderer: 'canvas' }}
      />
    </div>
  );
}
