// The ECharts parts only the map needs, in their own chunk (loaded by loadMapSupport in maps.ts).
import { MapChart } from 'echarts/charts';
import { GeoComponent, VisualMapComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { echarts } from './echarts-setup.ts';

// LabelLayout: presenting maps label every area, and an enclave (Kota Jambi inside Muaro Jambi) would put two
// labels on one spot; `labelLayout.moveOverlap` shifts one of them.
echarts.use([MapChart, GeoComponent, VisualMapComponent, LabelLayout]);
