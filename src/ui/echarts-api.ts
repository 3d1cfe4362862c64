// The ECharts functions the app and echarts-for-react call, as a module: echarts-setup.ts exports it as a namespace
// (`echarts.init`, type `echarts.ECharts`). Passing echarts/core's own namespace object as a value kept every export
// of echarts/core (graphic, helper, util, number, time, matrix, …) in the first-paint chunk.
export { dispose, type ECharts, getInstanceByDom, getMap, init, registerMap, use } from 'echarts/core';
