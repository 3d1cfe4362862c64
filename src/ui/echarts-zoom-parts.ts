// The zoom slider (dataZoom), in its own chunk: only interactive time charts use it, and a chart is drawn first
// without it and gains the slider when this loads (chart.tsx), so the first paint does not carry it.
import { DataZoomComponent } from 'echarts/components';
import { echarts } from './echarts-setup.ts';

echarts.use([DataZoomComponent]);
