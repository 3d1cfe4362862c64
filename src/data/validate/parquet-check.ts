// Parquet bytes → report. Decoded with src/data/parquet.ts (parquet-wasm → Arrow); the schema is checked against
// the contract (missing columns, wrong types), then every value goes through the same RowChecker as CSV cells.
// Loaded with a dynamic import by validate.ts, so CSV-only callers never load Arrow or parquet-wasm.
// In Node the caller loads the wasm first: `loadParquetWasm(readFileSync(<parquet_wasm_bg.wasm>))`.
import { type DataType, type Table, Type, util } from 'apache-arrow';
import { CONTRACT, DATASET_IDS, type SqlType } from '../contract.ts';
import { ParquetReadError, parquetToArrow } from '../parquet.ts';
import {
  Collector,
  DEFAULT_MAX_ISSUES_PER_CODE,
  emptyReport,
  finishReport,
  makeIssue,
  RowChecker,
  resolveToday,
} from './checker.ts';
import { datasetFromFileName, detectDataset, matchColumns } from './headers.ts';
import { M, type Where } from './messages.ts';
import type { Cell, Detected, Issue, Row, ValidateOptions, ValidationReport } from './types.ts';

const DAY_MS = 86_400_000;

/** The Arrow type a value column really has (dictionary-encoded columns by their value type). */
function valueType(t: DataType): DataType {
  return t.typeId === Type.Dictionary ? (t as unknown as { dictionary: DataType }).dictionary : t;
}

/** Can a column of this Arrow type hold the contract type without loss? (the loader CASTs it) */
export function compatible(t: DataType, sql: SqlType): boolean {
  const id = valueType(t).typeId;
  if (id === Type.Null) return true; // an all-NULL column: the NULL checks decide
  switch (sql) {
    case 'VARCHAR':
      return id === Type.Utf8 || id === Type.LargeUtf8;
    case 'INTEGER':
      return id === Type.Int;
    case 'DOUBLE':
      return id === Type.Float || id === Type.Int || id === Type.Decimal;
    case 'DATE':
      return id === Type.Date;
    case 'BOOLEAN':
      return id === Type.Bool;
  }
}

type Converter = (v: unknown) => { value: Cell; bad?: 'nan' };

function converter(t: DataType): Converter {
  const vt = valueType(t);
  switch (vt.typeId) {
    case Type.Date:
      return (v) => ({
        value:
          v === null || v === undefined
            ? null
            : new Date(Math.floor(Number(v) / DAY_MS) * DAY_MS).toISOString().slice(0, 10),
      });
    case Type.Decimal: {
      const scale = (vt as unknown as { scale: number }).scale;
      return (v) => ({ value: v === null || v === undefined ? null : util.bigNumToNumber(v as never, scale) });
    }
    case Type.Int:
      return (v) => ({ value: v === null || v === undefined ? null : Number(v) });
    case Type.Float:
      return (v) => {
        if (v === null || v === undefined) return { value: null };
        const n = Number(v);
        return Number.isNaN(n) ? { value: null, bad: 'nan' } : { value: n };
      };
    default:
      return (v) => ({ value: v === null || v === undefined ? null : (v as string | boolean) });
  }
}

function shown(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  return String(v);
}

function readErrorDetail(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const m = /\):\s*(.*?)\s*\/\s*The Parquet file/s.exec(message);
  return m?.[1] ?? message;
}

export async function validateParquetBytes(bytes: Uint8Array, opts: ValidateOptions): Promise<ValidationReport> {
  const detected: Detected = { delimiter: null, decimal: null, dateFormat: null, bom: false, encoding: 'binary' };
  const report = emptyReport(opts, 'parquet', detected);
  const collector = new Collector(opts.maxIssuesPerCode ?? DEFAULT_MAX_ISSUES_PER_CODE);
  const fileWhere: Where = { file: opts.fileName, format: 'parquet' };

  let table: Table;
  try {
    table = await parquetToArrow(bytes, opts.fileName);
  } catch (e) {
    if (opts.dataset) Object.assign(report, { dataset: opts.dataset, datasetFrom: 'option' });
    else {
      const byName = datasetFromFileName(opts.fileName);
      if (byName) Object.assign(report, { dataset: byName, datasetFrom: 'file_name' });
    }
    const detail = e instanceof ParquetReadError || e instanceof Error ? readErrorDetail(e) : String(e);
    collector.add(
      makeIssue('error', 'parquet_unreadable', fileWhere, M.parquetUnreadable(fileWhere, detail), { value: detail }),
    );
    return finishReport(report, collector);
  }

  const fields = table.schema.fields;
  const header = fields.map((f) => f.name);
  report.header = header;
  if (opts.dataset) Object.assign(report, { dataset: opts.dataset, datasetFrom: 'option' });
  else {
    const byName = datasetFromFileName(opts.fileName);
    const byHeaders = byName ? null : detectDataset(header);
    if (byName) Object.assign(report, { dataset: byName, datasetFrom: 'file_name' });
    else if (byHeaders) Object.assign(report, { dataset: byHeaders, datasetFrom: 'headers' });
  }
  const dataset = report.dataset;
  if (!dataset) {
    collector.add(makeIssue('error', 'unknown_dataset', fileWhere, M.unknownDataset(fileWhere, header, DATASET_IDS)));
    report.rowCount = table.numRows;
    return finishReport(report, collector);
  }

  const spec = CONTRACT[dataset];
  const expectedColumns = spec.columns.map((c) => c.name);
  const match = matchColumns(dataset, header);
  report.columnIndex = match.index;
  for (const name of match.missing) {
    const c = spec.columns.find((x) => x.name === name);
    const w: Where = { ...fileWhere, column: name };
    if (c)
      collector.add(
        makeIssue('error', 'missing_column', w, M.missingColumn(w, c.meaning, expectedColumns), { expected: name }),
      );
  }
  for (const [, name] of match.unknown) {
    const w: Where = { ...fileWhere, column: name };
    collector.add(
      makeIssue('warning', 'unknown_column', w, M.unknownColumn(w, dataset, expectedColumns), { value: name }),
    );
  }
  for (const [name, first, second] of match.duplicate) {
    const w: Where = { ...fileWhere, column: name };
    collector.add(makeIssue('error', 'duplicate_column', w, M.duplicateColumn(w, first + 1, second + 1)));
  }
  const badType = new Set<string>();
  for (const c of spec.columns) {
    const i = match.index[c.name] ?? -1;
    const field = fields[i];
    if (!field || compatible(field.type, c.sql)) continue;
    badType.add(c.name);
    const w: Where = { ...fileWhere, column: c.name };
    const found = String(valueType(field.type));
    collector.add(
      makeIssue(
        'error',
        'wrong_column_type',
        w,
        M.wrongColumnType(w, found, c.sql, c.sql === 'VARCHAR' && !!c.pattern),
        {
          value: found,
          expected: c.sql,
        },
      ),
    );
  }

  const checker = new RowChecker({
    spec,
    fileName: opts.fileName,
    format: 'parquet',
    today: resolveToday(opts.today),
    references: opts.references,
    profile: opts.profile ?? 'upload',
    keepRows: opts.keepRows ?? 'all',
    collector,
    report,
  });
  const keySet = new Set(spec.key);
  const columns = checker.rules.map((rule) => {
    const index = match.index[rule.spec.name] ?? -1;
    const field = fields[index];
    const usable = index >= 0 && !badType.has(rule.spec.name) && !!field;
    return { rule, index, usable, convert: field ? converter(field.type) : null };
  });
  let iso = 0;
  let line = 0;
  for (const batch of table.batches) {
    const vectors = columns.map((c) => (c.usable ? batch.getChildAt(c.index) : null));
    for (let r = 0; r < batch.numRows; r++) {
      line++;
      const rowIssues: Issue[] = [];
      const row: Row = {};
      let keyOk = true;
      for (let k = 0; k < columns.length; k++) {
        const col = columns[k] as (typeof columns)[number];
        const c = col.rule.spec;
        const vector = vectors[k];
        if (!col.usable || !vector || !col.convert) {
          row[c.name] = null;
          if (!c.nullable || badType.has(c.name)) {
            const w: Where = { ...fileWhere, line, column: c.name };
            const code = badType.has(c.name) ? 'wrong_column_type' : 'missing_column';
            rowIssues.push(
              makeIssue(
                'error',
                code,
                w,
                code === 'missing_column' ? M.missingColumnInRow(w) : M.wrongColumnTypeInRow(w),
              ),
            );
            if (keySet.has(c.name)) keyOk = false;
          }
          continue;
        }
        const raw = vector.get(r);
        const { value, bad } = col.convert(raw);
        if (bad === 'nan') {
          const w: Where = { ...fileWhere, line, column: c.name };
          checker.add(
            rowIssues,
            makeIssue(
              'error',
              'wrong_type',
              w,
              M.wrongType(
                w,
                'NaN',
                { id: 'bukan angka.', en: 'is not a number.' },
                {
                  id: 'Ganti NaN dengan angka atau biarkan kosong (NULL) bila kolom boleh kosong.',
                  en: 'Replace NaN with a number, or NULL where the column allows it.',
                },
              ),
              { value: 'NaN', expected: c.sql },
            ),
          );
          row[c.name] = null;
          if (keySet.has(c.name)) keyOk = false;
          continue;
        }
        if (c.sql === 'DATE' && value !== null) iso++;
        if (!checker.cell(col.rule, value, shown(value), line, rowIssues) && keySet.has(c.name)) keyOk = false;
        row[c.name] = value;
      }
      if (keyOk) checker.key(row, line, rowIssues);
      const at = r;
      checker.finishRow(line, () => header.map((_, i) => shown(batch.getChildAt(i)?.get(at))), row, rowIssues);
    }
  }
  if (iso > 0) detected.dateFormat = 'yyyy-mm-dd';
  if (report.rowCount === 0) collector.add(makeIssue('error', 'header_only', fileWhere, M.headerOnly(fileWhere)));
  return finishReport(report, collector);
}
