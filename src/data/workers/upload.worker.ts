// The upload worker: everything heavy about a file the analyst brings happens here, never on the page's thread.
// - inspect: CSV → sniff the first 2 MB (delimiter, decimal, dates, BOM, contract dataset from the file name or the
//   headers, or type guesses for a free table); Parquet → decode (parquet-wasm) and read its schema.
// - validate (contract dataset): the contract validator over the whole file, then the valid rows as Arrow batches.
// - load-free: stream the CSV with papaparse's own File streaming (upload-csv-stream.ts: 4 MB slices, rows carried
//   across slice boundaries by papaparse), convert each cell to the confirmed type, post Arrow batches and progress
//   (bytes read / size) as it goes, pausing while the page has 3 batches not yet inserted. Memory: one slice plus
//   three batches, whatever the file size. Parquet (upload-parquet-stream.ts): row group by row group from the File
//   (spans of ≥100k rows), with the same back-pressure; inspection reads only the footer of files over
//   FULL_CHECK_BYTES (smaller ones are also decoded whole by the validator, as before, to reject corrupt pages early).
// Cancelling = the page terminates this worker (works at any point, also mid-validation).

import { tableFromIPC } from 'apache-arrow';
import { CONTRACT, type DatasetId } from '../contract.ts';
import { ParquetReadError } from '../parquet.ts';
import { sniffBytes } from '../validate/bytes.ts';
import { makeIssue } from '../validate/checker.ts';
import { describeDetected, invalidRowsCsv } from '../validate/format.ts';
import { datasetFromFileName, detectDataset } from '../validate/headers.ts';
import { M, type Where } from '../validate/messages.ts';
import type { References } from '../validate/types.ts';
import { validateBytes } from '../validate/validate.ts';
import { ArrowBatcher, type BatchValue } from './arrow-batch.ts';
import { type CsvSniff, convertCell, FREE_TYPE_SQL, type FreeType, sniffCsv } from './infer-types.ts';
import { arrowKind, type PlannedColumn, safeColumnNames, type UploadSqlType } from './table-plan.ts';
import { streamCsv, utf8Aligned } from './upload-csv-stream.ts';
import { outlineParquet, streamParquet } from './upload-parquet-stream.ts';
import {
  type BadCells,
  type FromWorker,
  type Inspection,
  MAX_INVALID_ROWS_SENT,
  type Phase,
  type ToWorker,
} from './upload-protocol.ts';

const post = (msg: FromWorker, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(msg, transfer);

// Batches posted to the page and not yet inserted into DuckDB (the page acks each one). The CSV parser waits while
// MAX_BATCHES_IN_FLIGHT are pending, so memory stays bounded when DuckDB inserts slower than we parse.
const MAX_BATCHES_IN_FLIGHT = 3;
let inFlight = 0;
let onAck: (() => void) | null = null;
const postBatch = (ipc: Uint8Array, rows: number) => {
  inFlight++;
  post({ type: 'batch', ipc, rows }, [ipc.buffer]);
};
function roomForBatches(): Promise<void> | undefined {
  if (inFlight < MAX_BATCHES_IN_FLIGHT) return undefined;
  return new Promise((resolve) => {
    onAck = () => {
      if (inFlight < MAX_BATCHES_IN_FLIGHT) {
        onAck = null;
        resolve();
      }
    };
  });
}

interface SyncReader {
  readAsArrayBuffer(blob: Blob): ArrayBuffer;
}
/** A few bytes of the file, synchronously (FileReaderSync exists in dedicated workers). */
function peekBytes(start: number, end: number): Uint8Array {
  const Reader = (self as unknown as { FileReaderSync: new () => SyncReader }).FileReaderSync;
  return new Uint8Array(new Reader().readAsArrayBuffer((file as File).slice(start, end)));
}

let file: File | null = null;
let sniff: CsvSniff | null = null;
let parquetFree = false;
/** Parquet files up to this size are checked by decoding them whole at inspection; larger ones by their footer. */
const FULL_CHECK_BYTES = 64 * 1024 * 1024;

const SNIFF_BYTES = 2 * 1024 * 1024;

let lastProgress = 0;
function progress(phase: Phase, done: number, total: number, force = false) {
  const now = performance.now();
  if (!force && now - lastProgress < 80) return;
  lastProgress = now;
  post({ type: 'progress', phase, done, total });
}

async function readAll(f: File): Promise<Uint8Array> {
  const out = new Uint8Array(f.size);
  const reader = f.stream().getReader();
  let at = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    out.set(value, at);
    at += value.length;
    progress('reading', at, f.size);
  }
  progress('reading', f.size, f.size, true);
  return at === out.length ? out : out.slice(0, at);
}

function arrowTypeToSql(type: string): UploadSqlType {
  if (/^(Large)?Utf8/.test(type)) return 'VARCHAR';
  if (/^u?int/i.test(type)) return 'BIGINT';
  if (/^(Float|Decimal)/.test(type)) return 'DOUBLE';
  if (/^Date/.test(type)) return 'DATE';
  if (/^Bool/.test(type)) return 'BOOLEAN';
  return 'VARCHAR';
}

async function inspectParquet(f: File): Promise<Inspection> {
  let rows: number | null = null;
  if (f.size <= FULL_CHECK_BYTES) {
    const bytes = await readAll(f);
    const report = await validateBytes(bytes, { fileName: f.name, keepRows: 'none', format: 'parquet' });
    if (report.issues.some((i) => i.code === 'parquet_unreadable' || i.code === 'binary_file'))
      return { kind: 'rejected', format: 'parquet', issues: report.issues };
    rows = report.rowCount;
  }
  let outline: Awaited<ReturnType<typeof outlineParquet>>;
  try {
    outline = await outlineParquet(f, f.name);
  } catch (e) {
    if (!(e instanceof ParquetReadError)) throw e;
    const where: Where = { file: f.name, format: 'parquet' };
    const detail = /\):\s*(.*?)\s*\/\s*The Parquet file/s.exec(e.message)?.[1] ?? e.message;
    const issue = makeIssue('error', 'parquet_unreadable', where, M.parquetUnreadable(where, detail), {
      value: detail,
    });
    return { kind: 'rejected', format: 'parquet', issues: [issue] };
  }
  const fields = tableFromIPC(outline.schemaIpc).schema.fields;
  const header = fields.map((x) => x.name);
  const byName = datasetFromFileName(f.name);
  const byHeaders = detectDataset(header);
  const dataset = byName ?? byHeaders;
  if (dataset)
    return { kind: 'contract', format: 'parquet', dataset, datasetFrom: byName ? 'file_name' : 'headers', header };
  parquetFree = true;
  const names = safeColumnNames(header);
  const columns: PlannedColumn[] = fields.map((field, i) => ({
    label: field.name,
    name: names[i] as string,
    sql: arrowTypeToSql(String(field.type)),
    stage: field.name,
  }));
  return { kind: 'free', format: 'parquet', columns, rows: rows ?? outline.rows };
}

async function inspect(f: File): Promise<Inspection> {
  file = f;
  sniff = null;
  parquetFree = false;
  const head = new Uint8Array(await f.slice(0, Math.min(f.size, SNIFF_BYTES)).arrayBuffer());
  const sniffed = sniffBytes(head);
  if (sniffed.kind === 'parquet') return inspectParquet(f);
  if (sniffed.kind !== 'text' || sniffed.encoding !== 'utf-8') {
    // Empty, binary (XLSX renamed .csv, …) or UTF-16: the validator words the problem.
    const report = await validateBytes(head, { fileName: f.name, keepRows: 'none' });
    if (sniffed.kind !== 'text') return { kind: 'rejected', format: 'csv', issues: report.issues };
  }
  const complete = head.length >= f.size;
  const text = new TextDecoder('utf-8').decode(head);
  const s = sniffCsv(text, complete);
  sniff = s;
  const byName = datasetFromFileName(f.name);
  const byHeaders = detectDataset(s.header);
  const dataset = byName ?? byHeaders;
  if (dataset)
    return {
      kind: 'contract',
      format: 'csv',
      dataset,
      datasetFrom: byName ? 'file_name' : 'headers',
      header: s.header,
    };
  return { kind: 'free', format: 'csv', sniff: s };
}

async function validate(msg: Extract<ToWorker, { type: 'validate' }>) {
  if (!file) throw new Error('Belum ada berkas');
  const bytes = await readAll(file);
  progress('validating', 0, 1, true);
  const references: References = {};
  for (const [id, list] of Object.entries(msg.references) as [DatasetId, string[] | undefined][]) {
    if (list) references[id] = new Set(list);
  }
  const report = await validateBytes(bytes, { fileName: file.name, today: msg.today, references });
  progress('validating', 1, 1, true);
  // The validator names the dataset by the same rule as inspect() (file name, then headers); never load rows into a
  // plan made for another dataset.
  if (report.dataset !== msg.dataset) throw new Error(`Dataset berkas berubah: ${report.dataset} ≠ ${msg.dataset}`);
  const spec = CONTRACT[msg.dataset];
  const columns: PlannedColumn[] = spec.columns.map((c) => ({ label: c.name, name: c.name, sql: c.sql }));
  const batcher = new ArrowBatcher(
    columns.map((c) => arrowKind(c.sql)),
    postBatch,
  );
  const total = report.validRows.length;
  report.validRows.forEach((row, i) => {
    batcher.push(spec.columns.map((c) => row[c.name] ?? null));
    if (i % 5000 === 0) progress('converting', i, total);
  });
  batcher.flush();
  progress('converting', total, total, true);
  const csvBlob = (lang: 'id' | 'en') =>
    new Blob(['\uFEFF', invalidRowsCsv(report, lang)], { type: 'text/csv;charset=utf-8' });
  const invalidCsv = report.invalidRowCount > 0 ? { id: csvBlob('id'), en: csvBlob('en') } : null;
  const detected = { id: describeDetected(report, 'id'), en: describeDetected(report, 'en') };
  report.validRows = [];
  report.invalidRows = report.invalidRows.slice(0, MAX_INVALID_ROWS_SENT);
  post({ type: 'validated', summary: { report, invalidCsv, detected, columns } });
}

async function loadFree(types: FreeType[]) {
  if (!file) throw new Error('Belum ada berkas');
  if (parquetFree) {
    const f = file;
    const { rows } = await streamParquet(
      f,
      (ipc, n, done) => {
        postBatch(ipc, n);
        progress('parsing', done.bytes, f.size);
        // Back-pressure: the next row groups are read only while the page has room for them.
        return roomForBatches();
      },
      { fileName: f.name },
    );
    progress('parsing', f.size, f.size, true);
    post({ type: 'loaded', summary: { rows, badCells: [], raggedRows: 0, notUtf8: false } });
    return;
  }
  if (!sniff) throw new Error('Berkas belum diperiksa');
  const f = file;
  const { delimiter, decimal } = sniff;
  const width = sniff.header.length;
  const kinds = types.map((t) => arrowKind(FREE_TYPE_SQL[t]));
  const batcher = new ArrowBatcher(kinds, postBatch);
  const bad: BadCells[] = sniff.header.map((label, c) => ({
    column: label,
    type: types[c] ?? 'text',
    count: 0,
    rows: [],
  }));
  let ragged = 0;
  let notUtf8 = false;
  let dataRow = 0;
  let headerSeen = false;
  const values: BatchValue[] = new Array(width).fill(null);

  const onRows = (rows: string[][], bytesRead: number) => {
    for (const fields of rows) {
      if (!notUtf8 && fields.some((f) => f.includes('\uFFFD'))) notUtf8 = true;
      if (!headerSeen) {
        headerSeen = true;
        continue;
      }
      dataRow++;
      const extra = fields.length > width && fields.slice(width).some((x) => x.trim() !== '');
      if (fields.length < width || extra) ragged++;
      for (let c = 0; c < width; c++) {
        const converted = convertCell(fields[c], types[c] as FreeType, decimal);
        if (converted.ok) values[c] = converted.value;
        else {
          values[c] = null;
          const b = bad[c] as BadCells;
          b.count++;
          if (b.rows.length < 5) b.rows.push(dataRow);
        }
      }
      batcher.push(values);
    }
    progress('parsing', bytesRead, f.size);
    // Back-pressure: the parser pauses while the page has too many batches still to insert.
    return roomForBatches();
  };

  await streamCsv(utf8Aligned(f, peekBytes), { delimiter }, onRows);
  batcher.flush();
  progress('parsing', f.size, f.size, true);
  post({
    type: 'loaded',
    summary: { rows: batcher.total, badCells: bad.filter((b) => b.count > 0), raggedRows: ragged, notUtf8 },
  });
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  if (msg.type === 'ack') {
    inFlight = Math.max(0, inFlight - 1);
    onAck?.();
    return;
  }
  const run = async () => {
    if (msg.type === 'inspect') post({ type: 'inspected', inspection: await inspect(msg.file) });
    else if (msg.type === 'validate') await validate(msg);
    else await loadFree(msg.types);
  };
  run().catch((err: unknown) => post({ type: 'error', message: err instanceof Error ? err.message : String(err) }));
};
