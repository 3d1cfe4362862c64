// ECharts from echarts/core with only the parts the panels use (keeps the bundle lean). The map's parts load with
// the map (echarts-map-parts.ts via maps.ts loadMapSupport), the zoom slider with the first chart that asks for it
// (echarts-zoom-parts.ts via chart.tsx).
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import * as echarts from './echarts-api.ts';

use([
  BarChart,
  LineChart,
  ScatterChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export { echarts };
