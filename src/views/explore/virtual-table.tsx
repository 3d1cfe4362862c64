// A generic table for large row sets: sort (click a column header), text search over the loaded rows (case- and
// diacritics-insensitive), column filters in a second header row (a list of the values, a text, or a number
// condition such as `>=2` or `1..3`), column choice, key columns pinned on the left while the table scrolls
// sideways, and row virtualisation so that only the rows in view (plus a margin) are in the DOM — 100,000 rows
// scroll smoothly (@tanstack/react-virtual). The rows come from TanStack Table (useReactTable) with the column
// definitions and options of table-view.ts, the same ones the download runs headless. The state (sort, search, filters, columns) is the caller's when it passes `state`
// (the workspace keeps it in the URL, table-state.ts), else the table's own. Cells are text (React escapes them)
// unless a column renders a small element (e.g. a button) itself.
import { useReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useDeferredValue, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { formatNumber } from '../../i18n/format.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { EMPTY_TABLE_STATE, type TableViewState } from './table-state.ts';
import {
  displayText,
  parseNumberCondition,
  searchedColumns,
  selectOptions,
  shownColumns,
  tableColumns,
  tableOptions,
  type ViewColumn,
  visibleColumns,
} from './table-view.ts';

export type { SortValue } from './table-view.ts';

export interface VirtualColumn<T> extends ViewColumn<T> {
  /** A small element instead of the text (the text still feeds the search). */
  render?: (row: T) => ReactNode;
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
  /** The view state, when the caller keeps it (e.g. in the URL); with it, `onStateChange` receives every change. */
  state?: TableViewState;
  onStateChange?: (next: TableViewState) => void;
}

/** Row height from the root font size (the CSS gives rows 2rem), so the virtual window matches the drawing. */
function rowHeightPx(): number {
  if (typeof document === 'undefined') return 32;
  const px = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(px) && px > 0 ? Math.round(px * 2) : 32;
}

/** The left offsets of the pinned columns, measured from their header cells (widths follow the content). */
function usePinOffsets(cells: { current: (HTMLTableCellElement | null)[] }, count: number, deps: unknown): number[] {
  const [offsets, setOffsets] = useState<number[]>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-measured when the columns or rows change (deps)
  useLayoutEffect(() => {
    const measure = () => {
      const next: number[] = [];
      let left = 0;
      for (let i = 0; i < count; i += 1) {
        next.push(left);
        left += cells.current[i]?.getBoundingClientRect().width ?? 0;
      }
      setOffsets((prev) => (prev.length === next.length && prev.every((v, i) => v === next[i]) ? prev : next));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    for (const el of cells.current.slice(0, count)) if (el) ro.observe(el);
    return () => ro.disconnect();
  }, [count, deps]);
  return offsets;
}

export function VirtualTable<T>({
  rows,
  columns,
  rowKey,
  caption,
  height = 420,
  overscan = 12,
  state: outerState,
  onStateChange,
}: VirtualTableProps<T>) {
  const { t, lang } = useLang();
  const searchId = useId();
  const filterId = useId();
  const [ownState, setOwnState] = useState<TableViewState>(EMPTY_TABLE_STATE);
  const state = outerState ?? ownState;
  const setState = (next: TableViewState) => (outerState && onStateChange ? onStateChange(next) : setOwnState(next));
  const deferred = useDeferredValue(state);

  // The search reads the visible searchable columns: new definitions when they change (a string key keeps them).
  const searched = searchedColumns(columns, deferred).join(' ');
  const defs = useMemo(() => tableColumns(columns, searched.split(' ')), [columns, searched]);
  // TanStack caches cell values per row until the data array changes: new definitions come with a new array.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new array for new definitions (see above)
  const data = useMemo(() => rows.slice(), [rows, defs]);
  const tableSetup = useMemo(() => tableOptions(defs, columns, deferred), [defs, columns, deferred]);
  const table = useReactTable({ ...tableSetup, data });
  const tableRows = table.getRowModel().rows;
  const shown = shownColumns(table, columns);
  /** The columns chosen now (the table follows a moment later when the state is deferred). */
  const chosen = visibleColumns(columns, state);
  const options = useMemo(
    () => new Map(columns.filter((c) => c.filter === 'select').map((c) => [c.id, selectOptions(rows, c)])),
    [rows, columns],
  );

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

  // Pinned columns come first; their header cells give the widths for the sticky offsets.
  const pinned = shown.findIndex((c) => !c.pinned);
  const pinCount = pinned < 0 ? shown.length : pinned;
  const headCells = useRef<(HTMLTableCellElement | null)[]>([]);
  const offsets = usePinOffsets(headCells, pinCount, `${shown.map((c) => c.id).join()}|${tableRows.length}`);
  const pinProps = (i: number, base: string | undefined) =>
    i < pinCount
      ? {
          className: [base, 'vt-pin', i === pinCount - 1 ? 'vt-pin-last' : undefined].filter(Boolean).join(' '),
          style: { left: offsets[i] ?? 0 },
        }
      : { className: base };

  const hasFilters = shown.some((c) => c.filter);
  const activeFilters = chosen.filter((c) => (state.cf[c.id] ?? '') !== '').length;

  const toggleSort = (id: string) => {
    const s = state.sort;
    const sort = s?.column !== id ? { column: id, desc: false } : s.desc ? null : { column: id, desc: true };
    setState({ ...state, sort });
  };
  const setFilter = (id: string, value: string) => {
    const cf = { ...state.cf };
    if (value === '') delete cf[id];
    else cf[id] = value;
    setState({ ...state, cf });
  };
  const toggleColumn = (c: VirtualColumn<T>, visible: boolean) => {
    const without = (xs: string[]) => xs.filter((x) => x !== c.id);
    const next: TableViewState = c.hidden
      ? { ...state, shown: visible ? [...without(state.shown), c.id] : without(state.shown) }
      : { ...state, hidden: visible ? without(state.hidden) : [...without(state.hidden), c.id] };
    if (!visible) {
      const cf = { ...state.cf };
      delete cf[c.id];
      next.cf = cf;
      if (state.sort?.column === c.id) next.sort = null;
    }
    setState(next);
  };

  const numericClass = (c: VirtualColumn<T>) => (c.numeric ? 'num' : undefined);
  const headerRows = hasFilters ? 2 : 1;

  return (
    <div className="vt">
      <div className="vt-tools">
        <label htmlFor={searchId}>{t('explore.core.table.search')}</label>
        <input
          id={searchId}
          type="search"
          value={state.q}
          onChange={(e) => setState({ ...state, q: e.target.value })}
          placeholder={t('explore.core.table.searchHint')}
          autoComplete="off"
        />
        <details className="vt-columns">
          <summary>{t('explore.core.table.columns')}</summary>
          <fieldset>
            <legend>{t('explore.core.table.columnsLegend', { table: caption })}</legend>
            {columns.map((c) => {
              const visible = chosen.includes(c);
              return (
                <label key={c.id}>
                  <input
                    type="checkbox"
                    checked={visible}
                    disabled={visible && chosen.length === 1}
                    onChange={(e) => toggleColumn(c, e.target.checked)}
                  />{' '}
                  {c.header}
                </label>
              );
            })}
          </fieldset>
        </details>
        {activeFilters > 0 && (
          <button type="button" className="vt-clear" onClick={() => setState({ ...state, cf: {} })}>
            {t('explore.core.table.clearFilters', { n: activeFilters })}
          </button>
        )}
        <p className="vt-count" role="status" data-count={tableRows.length} data-total={rows.length}>
          {tableRows.length === rows.length
            ? t('explore.core.table.count', { n: formatNumber(rows.length, lang, 0) })
            : t('explore.core.table.countOf', {
                shown: formatNumber(tableRows.length, lang, 0),
                total: formatNumber(rows.length, lang, 0),
              })}
        </p>
      </div>
      {hasFilters && (
        <p id={`${filterId}-hint`} className="visually-hidden">
          {t('explore.core.table.numberHint')}
        </p>
      )}
      <section
        ref={scrollRef}
        className="vt-scroll"
        style={{ height }}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
        tabIndex={0}
        aria-label={t('explore.core.table.region', { table: caption })}
      >
        <table className="data-table vt-table" aria-rowcount={tableRows.length + headerRows}>
          <caption>{caption}</caption>
          <thead>
            <tr aria-rowindex={1}>
              {shown.map((c, i) => {
                const sorted = state.sort?.column === c.id ? (state.sort.desc ? 'desc' : 'asc') : null;
                const pin = pinProps(i, numericClass(c));
                return (
                  <th
                    key={c.id}
                    ref={(el) => {
                      headCells.current[i] = el;
                    }}
                    scope="col"
                    {...pin}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                  >
                    <button type="button" className="vt-sort" onClick={() => toggleSort(c.id)}>
                      {c.header}
                      <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
            {hasFilters && (
              <tr className="vt-filters" aria-rowindex={2}>
                {shown.map((c, i) => {
                  const id = `${filterId}-${c.id}`;
                  const value = state.cf[c.id] ?? '';
                  const label = t('explore.core.table.filterLabel', { column: c.header });
                  const pin = pinProps(i, numericClass(c));
                  return (
                    <td key={c.id} {...pin}>
                      {c.filter && (
                        <label htmlFor={id} className="visually-hidden">
                          {label}
                        </label>
                      )}
                      {c.filter === 'select' ? (
                        <select id={id} value={value} onChange={(e) => setFilter(c.id, e.target.value)}>
                          <option value="">{t('explore.core.table.filterAll')}</option>
                          {(options.get(c.id) ?? []).map((o) => (
                            <option key={o.code} value={o.code}>
                              {o.label}
                            </option>
                          ))}
                          {value !== '' && !(options.get(c.id) ?? []).some((o) => o.code === value) && (
                            <option value={value}>{value}</option>
                          )}
                        </select>
                      ) : c.filter ? (
                        <input
                          id={id}
                          type="text"
                          inputMode={c.filter === 'number' ? 'text' : undefined}
                          value={value}
                          placeholder={c.filter === 'number' ? '>=1' : '…'}
                          aria-describedby={c.filter === 'number' ? `${filterId}-hint` : undefined}
                          aria-invalid={c.filter === 'number' && value !== '' && !parseNumberCondition(value)}
                          onChange={(e) => setFilter(c.id, e.target.value)}
                          autoComplete="off"
                        />
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            )}
          </thead>
          <tbody>
            {padTop > 0 && (
              <tr className="vt-pad">
                <td colSpan={shown.length} style={{ height: padTop }} />
              </tr>
            )}
            {items.map((item) => {
              const row = tableRows[item.index]?.original;
              if (row === undefined) return null;
              const key = rowKey(row);
              return (
                <tr key={key} data-key={key} aria-rowindex={item.index + headerRows + 1} style={{ height: rowHeight }}>
                  {shown.map((c, i) => (
                    <td key={c.id} {...pinProps(i, numericClass(c))}>
                      {c.render ? c.render(row) : displayText(c, row)}
                    </td>
                  ))}
                </tr>
              );
            })}
            {padBottom > 0 && (
              <tr className="vt-pad">
                <td colSpan={shown.length} style={{ height: padBottom }} />
              </tr>
            )}
          </tbody>
        </table>
        {tableRows.length === 0 && <p className="panel-note">{t('explore.core.table.empty')}</p>}
      </section>
    </div>
  );
}
