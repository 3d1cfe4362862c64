// Rows → Arrow IPC stream bytes in batches (built from buffers, no eval: see src/data/export/arrow-columns.ts) (inside the upload worker), for
// `conn.insertArrowFromIPCStream(bytes, { name, create })` in DuckDB-WASM. IPC bytes are immune to the two-copies-of-
// apache-arrow pitfall (docs/decisions.md) and are transferred to the page without a copy.
// Staging columns are named c0, c1, … (never from the file); the final names and types come from the plan.
import type { Vector } from 'apache-arrow';
import { boolVector, float64Vector, utf8Vector, vectorsToIPC } from '../export/arrow-columns.ts';
import type { ArrowKind } from './table-plan.ts';
import { stageColumn } from './table-plan.ts';

export type BatchValue = string | number | boolean | null;

export class ArrowBatcher {
  private columns: BatchValue[][];
  private count = 0;
  total = 0;

  constructor(
    private readonly kinds: readonly ArrowKind[],
    private readonly emit: (ipc: Uint8Array, rows: number) => void,
    readonly batchRows = 50_000,
  ) {
    this.columns = kinds.map(() => []);
  }

  push(values: readonly BatchValue[]): void {
    for (let c = 0; c < this.kinds.length; c++) (this.columns[c] as BatchValue[]).push(values[c] ?? null);
    this.count++;
    this.total++;
    if (this.count >= this.batchRows) this.flush();
  }

  flush(): void {
    if (this.count === 0) return;
    const vectors: Record<string, Vector> = {};
    this.kinds.forEach((kind, c) => {
      const values = this.columns[c] as BatchValue[];
      vectors[stageColumn(c)] =
        kind === 'float64'
          ? float64Vector(values as (number | null)[])
          : kind === 'bool'
            ? boolVector(values as (boolean | null)[])
            : utf8Vector(values as (string | null)[]);
    });
    const rows = this.count;
    this.columns = this.kinds.map(() => []);
    this.count = 0;
    this.emit(vectorsToIPC(vectors), rows);
  }
}
