// Unit tests run panel SQL in DuckDB-WASM's Node build (the same engine as the browser) over fixture rows.
export {
  createNodeWasmEngine as createTestEngine,
  fixtureCsv,
  type NodeWasmEngine as TestEngine,
} from '../../scripts/lib/duckdb-wasm-node.ts';
