// The ECharts parts only the map needs, in their own chunk (loaded by loadMapSupport in maps.ts).
import { MapChart } from 'echarts/charts';
import { GeoComponent, VisualMapComponent } from 'echarts/components';
import { echarts } from './echarts-setup.ts';

echarts.use([MapChart, GeoComponent, VisualMapComponent]);
