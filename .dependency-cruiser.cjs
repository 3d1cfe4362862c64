// The import direction of docs/architecture (DESIGN.md): data → filters → panels → views → app, with ui and i18n
// as libraries. Nothing flows back up; a panel never imports another panel; no cycles.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'data-is-the-bottom',
      comment: 'src/data knows nothing of filters, panels, views, ui, the app or React.',
      severity: 'error',
      from: { path: '^src/data/' },
      to: { path: ['^src/(filters|indicators|coordinator|panels|views|ui|app|i18n)/', '^node_modules/react(-dom)?/'] },
    },
    {
      name: 'filters-below-panels',
      severity: 'error',
      from: { path: '^src/filters/' },
      to: { path: '^src/(indicators|coordinator|panels|views|ui|app)/' },
    },
    {
      name: 'indicators-below-coordinator',
      comment: 'src/indicators (the catalog) knows nothing of the coordinator, panels, views, the app or React.',
      severity: 'error',
      from: { path: '^src/indicators/' },
      to: { path: ['^src/(coordinator|panels|views|app)/', '^node_modules/react(-dom)?/'] },
    },
    {
      name: 'coordinator-below-panels',
      severity: 'error',
      from: { path: '^src/coordinator/' },
      to: { path: '^src/(panels|views|app)/' },
    },
    {
      name: 'no-view-imports-another-view',
      comment: 'Views compose panels from the registry; one view never imports another.',
      severity: 'error',
      from: { path: '^src/views/([^/]+)/' },
      to: { path: '^src/views/([^/]+)/', pathNot: '^src/views/$1/' },
    },
    {
      name: 'panels-never-import-views-or-app',
      severity: 'error',
      from: { path: '^src/panels/' },
      to: { path: '^src/(views|app)/' },
    },
    {
      name: 'panel-never-imports-another-panel',
      severity: 'error',
      from: { path: '^src/panels/([^/]+)/' },
      to: { path: '^src/panels/([^/]+)/', pathNot: '^src/panels/$1/' },
    },
    {
      name: 'views-never-import-app',
      severity: 'error',
      from: { path: '^src/views/' },
      to: { path: '^src/app/' },
    },
    {
      name: 'ui-is-a-library',
      comment: 'src/ui (Chart, frame, table, theme) knows nothing of data, filters, panels, views or the app.',
      severity: 'error',
      from: { path: '^src/ui/' },
      to: { path: '^src/(data|filters|panels|views|app)/' },
    },
    {
      name: 'i18n-is-a-library',
      severity: 'error',
      from: { path: '^src/i18n/' },
      to: { path: '^src/(data|filters|panels|views|ui|app)/' },
    },
    {
      name: 'echarts-only-in-ui',
      comment: 'Only src/ui touches ECharts (the Chart wrapper, setup, escape helper, themes).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/ui/' },
      to: { path: '^node_modules/(echarts|echarts-for-react)/' },
    },
    {
      name: 'duckdb-only-in-data',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/data/' },
      to: { path: '^node_modules/@duckdb/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.tsx?$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
