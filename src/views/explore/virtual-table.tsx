// A generic table for large row sets: sort (click a column header), text search over the loaded rows (case- and
// diacritics-insensitive), column choice, and row virtualisation so that only the rows in view (plus a margin)
// are in the DOM — 100,000 rows scroll smoothly. Built on @tanstack/react-table v8 (sorting, visibility) and
// @tanstack/react-virtual (the window of rows). Cells are text (React escapes them) unless a column renders a
// small element (e.g. a button) itself.
import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  type SortingState,
  useReactTable,
  type VisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { formatNumber } from '../../i18n/format.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { foldText, matchesWords, queryWords } from './search-text.ts';

export type SortValue = string | number | boolean | null;

export interface VirtualColumn<T> {
  id: string;
  header: string;
  /** The raw value: what sorting compares (nulls always last). */
  value: (row: T) => SortValue;
  /** The text shown (default: the value as text, '–' for null). Also what the search reads. */
  format?: (row: T) => string;
  /** A small element instead of the text (the text still feeds the search). */
  render?: (row: T) => ReactNode;
  numeric?: boolean;
  /** Read by the text search (default: true). */
  searchable?: boolean;
  /** Hidden until the user chooses it. */
  hidden?: boolean;
}

interface VirtualTableProps<T> {
  rows: readonly T[];
  columns: readonly VirtualColumn<T>[];
  rowKey: (row: T) => string;
  caption: string;
  /** Height of the scrolling area in CSS pixels. */
  height?: number;
  /** Rows rendered above and below the visible ones. */
  overscan?: number;
}

const collator = new Intl.Collator('id-ID', { numeric: true, sensitivity: 'base' });

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return collator.compare(String(a), String(b));
}

const display = <T,>(c: VirtualColumn<T>, row: T): string => {
  if (c.format) return c.format(row);
  const v = c.value(row);
  return v === null ? '–' : String(v);
};

/** Row height from the root font size (the CSS gives rows 2rem), so the virtual window matches the drawing. */
function rowHeightPx(): number {
  if (typeof document === 'undefined') return 32;
  const px = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(px) && px > 0 ? Math.round(px * 2) : 32;
}

export function VirtualTable<T>({ rows, columns, rowKey, caption, height = 420, overscan = 12 }: VirtualTableProps<T>) {
  const { t, lang } = useLang();
  const searchId = useId();
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [sorting, setSorting] = useState<SortingState>([]);
  const [visibility, setVisibility] = useState<VisibilityState>(() =>
    Object.fromEntries(columns.filter((c) => c.hidden).map((c) => [c.id, false])),
  );

  // One folded string per row, built once per row set: the search then only runs `includes`.
  const index = useMemo(() => {
    const searchable = columns.filter((c) => c.searchable !== false);
    return rows.map((r) => foldText(searchable.map((c) => display(c, r)).join(' \u0001 ')));
  }, [rows, columns]);
  const filtered = useMemo(() => {
    const words = queryWords(deferredSearch);
    return words.length === 0 ? rows : rows.filter((_, i) => matchesWords(index[i] ?? '', words));
  }, [rows, index, deferredSearch]);

  const columnDefs = useMemo<ColumnDef<T>[]>(
    () =>
      columns.map((c) => ({
        id: c.id,
        header: c.header,
        accessorFn: (row: T) => c.value(row) ?? undefined,
        sortUndefined: 'last',
        sortingFn: (a, b, id) => compare(a.getValue(id), b.getValue(id)),
        cell: (ctx) => (c.render ? c.render(ctx.row.original) : display(c, ctx.row.original)),
        meta: { numeric: c.numeric === true },
      })),
    [columns],
  );

  const table = useReactTable({
    data: filtered as T[],
    columns: columnDefs,
    state: { sorting, columnVisibility: visibility },
    onSortingChange: setSorting,
    sortDescFirst: false,
    onColumnVisibilityChange: setVisibility,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (row) => rowKey(row),
  });

  const tableRows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLElement>(null);
  const rowHeight = useMemo(rowHeightPx, []);
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan,
    initialRect: { width: 1000, height },
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0));
  const visibleColumns = table.getVisibleLeafColumns();

  return (
    <div className="vt">
      <div className="vt-tools">
        <label htmlFor={searchId}>{t('explore.core.table.search')}</label>
        <input
          id={searchId}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder={t('explore.core.table.searchHint')}
          autoComplete="off"
        />
        <details className="vt-columns">
          <summary>{t('explore.core.table.columns')}</summary>
          <fieldset>
            <legend>{t('explore.core.table.columnsLegend', { table: caption })}</legend>
            {table.getAllLeafColumns().map((col) => (
              <label key={col.id}>
                <input
                  type="checkbox"
                  checked={col.getIsVisible()}
                  disabled={col.getIsVisible() && visibleColumns.length === 1}
                  onChange={col.getToggleVisibilityHandler()}
                />{' '}
                {String(col.columnDef.header)}
              </label>
            ))}
          </fieldset>
        </details>
        <p className="vt-count" role="status" data-count={filtered.length} data-total={rows.length}>
          {filtered.length === rows.length
            ? t('explore.core.table.count', { n: formatNumber(rows.length, lang, 0) })
            : t('explore.core.table.countOf', {
                shown: formatNumber(filtered.length, lang, 0),
                total: formatNumber(rows.length, lang, 0),
              })}
        </p>
      </div>
      <section
        ref={scrollRef}
        className="vt-scroll"
        style={{ height }}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
        tabIndex={0}
        aria-label={t('explore.core.table.region', { table: caption })}
      >
        <table className="data-table vt-table" aria-rowcount={tableRows.length + 1}>
          <caption>{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const numeric = (header.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={numeric ? 'num' : undefined}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    >
                      <button type="button" className="vt-sort" onClick={header.column.getToggleSortingHandler()}>
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {padTop > 0 && (
              <tr className="vt-pad">
                <td colSpan={visibleColumns.length} style={{ height: padTop }} />
              </tr>
            )}
            {items.map((item) => {
              const row = tableRows[item.index];
              if (!row) return null;
              return (
                <tr key={row.id} data-key={row.id} aria-rowindex={item.index + 2} style={{ height: rowHeight }}>
                  {row.getVisibleCells().map((cell) => {
                    const numeric = (cell.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric;
                    return (
                      <td key={cell.id} className={numeric ? 'num' : undefined}>
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
            {padBottom > 0 && (
              <tr className="vt-pad">
                <td colSpan={visibleColumns.length} style={{ height: padBottom }} />
              </tr>
            )}
          </tbody>
        </table>
        {tableRows.length === 0 && <p className="panel-note">{t('explore.core.table.empty')}</p>}
      </section>
    </div>
  );
}
