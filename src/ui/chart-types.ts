import type { EChartsCoreOption } from 'echarts/core';

/** The option a panel's pure to-option function returns; only src/ui/chart.tsx hands it to ECharts. */
export type ChartOption = EChartsCoreOption;
