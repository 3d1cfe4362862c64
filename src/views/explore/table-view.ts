// What a workspace table shows, shared by the table on screen (virtual-table.tsx) and its download
// (tools/export-section.tsx), so that a download holds exactly the rows on screen, in the same order, with the same
// columns. The rows come from one TanStack Table definition (tableColumns + tableOptions): the visible columns, the
// text search over their displayed text (global filter), the column filters (a value chosen from a list, a text, or
// a number condition), then the sort (stable; nulls last in both directions). The screen runs it in useReactTable,
// the download in a headless createTable (headlessView). The export cells are either what the screen shows (labels,
// numbers rounded as displayed) or codes (raw values for machine use, numbers rounded the same way).
import {
  type Column,
  type ColumnDef,
  createTable,
  type FilterFn,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  type Table,
  type TableState,
} from '@tanstack/react-table';
import type { ExportColumn, ExportType } from '../../data/export/csv.ts';
import type { Cell, Row } from '../../data/rows.ts';
import { foldText, matchesWords, queryWords } from './search-text.ts';
import type { TableViewState } from './table-state.ts';

export type SortValue = string | number | boolean | null;

/** The kind of filter a column offers in the table's filter row. */
export type ColumnFilterKind = 'select' | 'text' | 'number';

export interface ViewColumn<T> {
  id: string;
  header: string;
  /** The raw value: what sorting compares (nulls always last). */
  value: (row: T) => SortValue;
  /** The text shown (default: the value as text, '–' for null). Also what the search and text filters read. */
  format?: (row: T) => string;
  numeric?: boolean;
  /** Read by the text search (default: true). */
  searchable?: boolean;
  /** Hidden until the user chooses it. */
  hidden?: boolean;
  /** Stays in view (position: sticky) while the table scrolls sideways; pinned columns come first. */
  pinned?: boolean;
  /** The filter in the header's filter row. */
  filter?: ColumnFilterKind;
  /** The code of the value (default: the value): what a select filter matches and a "codes" export writes. */
  code?: (row: T) => Cell;
  /** How the column is written to a download. */
  export?: ExportSpec;
}

export interface ExportSpec {
  /** Header in the "codes" export (the listing's column name, e.g. `regency_code`). */
  name: string;
  /** Type of the cell in the "codes" export (VARCHAR, INTEGER, DOUBLE, DATE, BOOLEAN). */
  type: ExportType;
  /** Decimal places shown on screen: numbers are rounded to these in both exports. */
  digits?: number;
  /** The displayed text is a date: both exports write the ISO date (Excel reads ISO dates in every locale). */
  date?: boolean;
}

/** Export cells: as on screen (labels, header texts) or codes (raw values, column names for machines). */
export type CellMode = 'label' | 'code';

export const displayText = <T>(c: ViewColumn<T>, row: T): string => {
  if (c.format) return c.format(row);
  const v = c.value(row);
  return v === null ? '–' : String(v);
};

/** The code a select filter compares: '' for a missing value. */
export const filterCode = <T>(c: ViewColumn<T>, row: T): string => {
  const v = c.code ? c.code(row) : c.value(row);
  return v === null || v === undefined ? '' : String(v);
};

/** The columns shown: those not hidden by default, minus the state's hidden ones, plus the ones chosen back. */
export function visibleColumns<C extends { id: string; hidden?: boolean }>(
  columns: readonly C[],
  state: TableViewState,
): C[] {
  const shown = columns.filter((c) => !state.hidden.includes(c.id) && (!c.hidden || state.shown.includes(c.id)));
  return shown.length > 0 ? shown : columns.slice(0, 1);
}

// ── Number filter: "5", "=5", ">2", ">=2", "<3", "<=3", "1..3" (both ends included); decimal comma or point ──────

export interface NumberCondition {
  op: '=' | '>' | '>=' | '<' | '<=' | 'between';
  a: number;
  b?: number;
}

const NUM = String.raw`-?\d+(?:[.,]\d+)?`;
const toNum = (s: string) => Number(s.replace(',', '.'));

/** A number condition from what the user typed; null when it is not one (the filter is then ignored and marked). */
export function parseNumberCondition(text: string): NumberCondition | null {
  const s = text.replaceAll(/\s+/g, '');
  if (s === '') return null;
  const range = new RegExp(`^(${NUM})\\.\\.(${NUM})$`).exec(s);
  if (range?.[1] && range[2]) {
    const a = toNum(range[1]);
    const b = toNum(range[2]);
    return { op: 'between', a: Math.min(a, b), b: Math.max(a, b) };
  }
  const m = new RegExp(`^(>=|<=|>|<|=)?(${NUM})$`).exec(s);
  if (!m?.[2]) return null;
  return { op: (m[1] ?? '=') as NumberCondition['op'], a: toNum(m[2]) };
}

export function matchesNumber(value: number | null, c: NumberCondition): boolean {
  if (value === null || !Number.isFinite(value)) return false;
  switch (c.op) {
    case '=':
      return value === c.a;
    case '>':
      return value > c.a;
    case '>=':
      return value >= c.a;
    case '<':
      return value < c.a;
    case '<=':
      return value <= c.a;
    case 'between':
      return value >= c.a && value <= (c.b ?? c.a);
  }
}

/** Rounds as the screen does (Intl rounds half away from zero on the exact value; so does toFixed for |x|). */
export function roundAsShown(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  const r = Number(Math.abs(value).toFixed(digits)) * Math.sign(value);
  return Object.is(r, -0) ? 0 : r;
}

const collator = new Intl.Collator('id-ID', { numeric: true, sensitivity: 'base' });

export function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return collator.compare(String(a), String(b));
}

// ── The row pipeline on TanStack Table: one definition for the screen (useReactTable) and the download (createTable)

/** The hidden column that holds a row's folded search text (an id no URL column can have, see table-state.ts). */
const SEARCH = '_search';

/**
 * The TanStack column definitions of a view: each column's value (null as undefined, so that `sortUndefined: 'last'`
 * puts it last in both directions; equal values keep the query order by row index; TanStack answers 1 for two
 * missing values, and V8's sort (Chromium, Node) then keeps their query order too), its filter, and a hidden column
 * with the folded displayed text of the `searched` columns (the visible searchable ones), which the global filter
 * reads. TanStack caches cell values per row until the data array changes: pass a new array with new definitions.
 */
export function tableColumns<T>(columns: readonly ViewColumn<T>[], searched: readonly string[]): ColumnDef<T>[] {
  const read = columns.filter((c) => searched.includes(c.id));
  const defs: ColumnDef<T>[] = columns.map((c) => ({
    id: c.id,
    accessorFn: (row) => c.value(row) ?? undefined,
    sortUndefined: 'last',
    sortingFn: (a, b, id) => compareValues(a.getValue<SortValue>(id), b.getValue<SortValue>(id)),
    filterFn: c.filter ? columnFilterFn(c, c.filter) : undefined,
  }));
  defs.push({ id: SEARCH, accessorFn: (row) => foldText(read.map((c) => displayText(c, row)).join(' \u0001 ')) });
  return defs;
}

/** The ids of the columns the search reads: the visible searchable ones. */
export const searchedColumns = <T>(columns: readonly ViewColumn<T>[], state: TableViewState): string[] =>
  visibleColumns(columns, state)
    .filter((c) => c.searchable !== false)
    .map((c) => c.id);

/** Filter values as the filter functions take them: a code, the folded words of a text, or a number condition. */
function filterValue(kind: ColumnFilterKind | undefined, raw: string): unknown {
  if (raw === '' || !kind) return null;
  if (kind === 'select') return raw;
  if (kind === 'number') return parseNumberCondition(raw);
  const words = queryWords(raw);
  return words.length > 0 ? words : null;
}

function columnFilterFn<T>(c: ViewColumn<T>, kind: ColumnFilterKind): FilterFn<T> {
  switch (kind) {
    case 'select':
      return (row, _id, code: string) => filterCode(c, row.original) === code;
    case 'number':
      return (row, id, cond: NumberCondition) => {
        const v = row.getValue<SortValue | undefined>(id);
        return matchesNumber(typeof v === 'number' ? v : null, cond);
      };
    case 'text':
      return (row, _id, words: string[]) => matchesWords(foldText(displayText(c, row.original)), words);
  }
}

/** The text search: every word of the query in the row's folded search text. */
const searchFilter: FilterFn<unknown> = (row, id, words: string[]) => matchesWords(row.getValue<string>(id), words);
searchFilter.resolveFilterValue = (q: string) => queryWords(q);

/**
 * The options of a view's TanStack table: its state from the URL state (visible columns; filters and sort of the
 * visible columns only; an unreadable number condition is no filter) and the row models (filter, then sort).
 */
export function tableOptions<T>(defs: ColumnDef<T>[], columns: readonly ViewColumn<T>[], state: TableViewState) {
  const shown = new Set(visibleColumns(columns, state).map((c) => c.id));
  const sort = state.sort && shown.has(state.sort.column) ? state.sort : null;
  const columnVisibility: Record<string, boolean> = { [SEARCH]: false };
  for (const c of columns) columnVisibility[c.id] = shown.has(c.id);
  return {
    columns: defs,
    state: {
      columnVisibility,
      columnFilters: columns.flatMap((c) => {
        const value = shown.has(c.id) ? filterValue(c.filter, state.cf[c.id] ?? '') : null;
        return value === null ? [] : [{ id: c.id, value }];
      }),
      globalFilter: state.q,
      sorting: sort ? [{ id: sort.column, desc: sort.desc }] : [],
    } satisfies Partial<TableState>,
    getColumnCanGlobalFilter: (column: Column<T>) => column.id === SEARCH,
    globalFilterFn: searchFilter as FilterFn<T>,
    getCoreRowModel: getCoreRowModel<T>(),
    getFilteredRowModel: getFilteredRowModel<T>(),
    getSortedRowModel: getSortedRowModel<T>(),
  };
}

/** The view columns a table shows, in its order. */
export const shownColumns = <T, C extends { id: string }>(table: Table<T>, columns: readonly C[]): C[] =>
  table.getVisibleLeafColumns().flatMap((col) => columns.find((c) => c.id === col.id) ?? []);

/** The rows and columns on screen, computed without a screen: a headless table of the same definitions and state. */
export function headlessView<T>(rows: readonly T[], columns: readonly ViewColumn<T>[], state: TableViewState) {
  const options = tableOptions(tableColumns(columns, searchedColumns(columns, state)), columns, state);
  const table = createTable<T>({
    ...options,
    data: rows as T[],
    state: {},
    onStateChange: () => {},
    renderFallbackValue: null,
  });
  table.setOptions((prev) => ({ ...prev, state: { ...table.initialState, ...options.state } }));
  return {
    rows: table.getRowModel().rows.map((r) => r.original),
    columns: shownColumns(table, columns),
  };
}

/** The rows on screen: search over the visible searchable columns, column filters of the visible columns, sort. */
export const viewRows = <T>(rows: readonly T[], columns: readonly ViewColumn<T>[], state: TableViewState): T[] =>
  headlessView(rows, columns, state).rows;

/** The choices of a select filter: each code present in the rows once, with its displayed text, by text. */
export function selectOptions<T>(rows: readonly T[], c: ViewColumn<T>): { code: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const r of rows) {
    const code = filterCode(c, r);
    if (code !== '' && !seen.has(code)) seen.set(code, displayText(c, r));
  }
  return [...seen].map(([code, label]) => ({ code, label })).sort((a, b) => collator.compare(a.label, b.label));
}

/**
 * The download of a table: the rows on screen (headlessView) and the visible columns that have an export spec, in
 * screen order. `label`: header texts and cells as displayed (labels, "Ya"/"Tidak"), numbers as numbers rounded to
 * the displayed digits, dates ISO, a missing value an empty cell. `code`: column names and raw codes (regency code
 * instead of its name, `active`, `true`), numbers rounded the same way.
 */
export function exportTable<T>(
  rows: readonly T[],
  columns: readonly ViewColumn<T>[],
  state: TableViewState,
  mode: CellMode,
): { columns: ExportColumn[]; rows: Row[]; specs: ExportSpec[] } {
  const view = headlessView(rows, columns, state);
  const cols = view.columns.filter((c) => c.export);
  const names = cols.map((c) => (mode === 'label' ? c.header : (c.export as ExportSpec).name));
  const outColumns: ExportColumn[] = cols.map((c, i) => {
    const spec = c.export as ExportSpec;
    const numeric = spec.type === 'INTEGER' || spec.type === 'BIGINT' || spec.type === 'DOUBLE';
    const type: ExportType =
      numeric || spec.date ? spec.type : mode === 'label' ? 'VARCHAR' : spec.type === 'BOOLEAN' ? 'BOOLEAN' : 'VARCHAR';
    return { name: names[i] as string, type };
  });
  const outRows = view.rows.map((row) => {
    const out: Row = {};
    cols.forEach((c, i) => {
      const spec = c.export as ExportSpec;
      const name = names[i] as string;
      const raw = c.code ? c.code(row) : c.value(row);
      let cell: Cell;
      if (raw === null || raw === undefined) cell = null;
      else if (typeof raw === 'number') cell = spec.digits === undefined ? raw : roundAsShown(raw, spec.digits);
      else if (spec.date || mode === 'code') cell = raw;
      else cell = displayText(c, row);
      out[name] = cell;
    });
    return out;
  });
  return { columns: outColumns, rows: outRows, specs: cols.map((c) => c.export as ExportSpec) };
}
