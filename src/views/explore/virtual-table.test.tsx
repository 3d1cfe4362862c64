// @vitest-environment jsdom
// 100,000 generated rows: only a window of them is in the DOM, scrolling to the end shows the last row; sorting,
// diacritics-insensitive search and column choice work on the whole set.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import '../../i18n/i18n.ts';
import { stubElementSize } from '../../../tests/helpers/dom.ts';
import { EMPTY_TABLE_STATE, type TableViewState } from './table-state.ts';
import { viewRows } from './table-view.ts';
import { type VirtualColumn, VirtualTable } from './virtual-table.tsx';

stubElementSize(1000, 420);

interface R {
  id: string;
  name: string;
  n: number;
  optional: number | null;
}

const generate = (count: number): R[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `R${String(i).padStart(6, '0')}`,
    name: i % 2 === 0 ? `Kota ${i}` : `Désa ${i}`,
    n: (i * 7919) % count,
    optional: i % 3 === 0 ? null : i,
  }));
const ROWS = generate(100_000);
/** Sorting, search and column choice do not need the large set (building 100,000 rows in jsdom takes seconds). */
const SMALL = generate(2_000);

const COLUMNS: VirtualColumn<R>[] = [
  { id: 'id', header: 'Kode', value: (r) => r.id },
  { id: 'name', header: 'Nama', value: (r) => r.name },
  { id: 'n', header: 'Nilai', value: (r) => r.n, numeric: true, searchable: false },
  { id: 'optional', header: 'Opsional', value: (r) => r.optional, numeric: true, searchable: false, hidden: true },
];

function setup(rows: R[] = SMALL) {
  render(<VirtualTable rows={rows} columns={COLUMNS} rowKey={(r) => r.id} caption="Uji 100 ribu" height={420} />);
  const region = screen.getByRole('region', { name: 'Baris tabel Uji 100 ribu' });
  const bodyRows = () => region.querySelectorAll('tbody tr[data-key]');
  const firstKey = () => (bodyRows()[0] as HTMLElement | undefined)?.dataset.key;
  return { region, bodyRows, firstKey };
}

describe('VirtualTable', () => {
  it('puts only a window of 100,000 rows in the DOM and shows the last row when scrolled to the end', async () => {
    const { region, bodyRows } = setup(ROWS);
    expect(screen.getByRole('status')).toHaveTextContent('100.000 baris');
    expect(region.querySelectorAll('tr').length).toBeLessThan(200);
    expect(within(region).getByText('R000000')).toBeInTheDocument();
    expect(within(region).getByRole('table')).toHaveAttribute('aria-rowcount', '100001');

    region.scrollTop = 100_000 * 32;
    fireEvent.scroll(region);
    await waitFor(() => expect(within(region).getByText('R099999')).toBeInTheDocument());
    expect(region.querySelectorAll('tr').length).toBeLessThan(200);
    expect(within(region).queryByText('R000000')).toBeNull();
    const last = bodyRows()[bodyRows().length - 1] as HTMLElement;
    expect(last.dataset.key).toBe('R099999');
    expect(last).toHaveAttribute('aria-rowindex', '100001');
  });

  it('sorts the whole set by a column header, nulls last both ways', async () => {
    const { firstKey, region } = setup();
    const lastKey = () => {
      region.scrollTop = SMALL.length * 32;
      fireEvent.scroll(region);
      const rows = region.querySelectorAll('tbody tr[data-key]');
      return (rows[rows.length - 1] as HTMLElement | undefined)?.dataset.key;
    };
    const header = (name: string) => within(region).getByRole('columnheader', { name: new RegExp(`^${name}`) });
    const sortBy = (name: string) => fireEvent.click(within(header(name)).getByRole('button'));

    sortBy('Nilai');
    await waitFor(() => expect(firstKey()).toBe(SMALL.find((r) => r.n === 0)?.id));
    expect(header('Nilai')).toHaveAttribute('aria-sort', 'ascending');
    sortBy('Nilai');
    await waitFor(() => expect(firstKey()).toBe(SMALL.find((r) => r.n === SMALL.length - 1)?.id));
    expect(header('Nilai')).toHaveAttribute('aria-sort', 'descending');

    // A column with empty values: they come last whichever the direction.
    region.scrollTop = 0;
    fireEvent.scroll(region);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Opsional' }));
    sortBy('Opsional');
    await waitFor(() => expect(firstKey()).toBe('R000001'));
    await waitFor(() => expect(Number(lastKey()?.slice(1)) % 3).toBe(0));
    region.scrollTop = 0;
    fireEvent.scroll(region);
    sortBy('Opsional');
    await waitFor(() => expect(firstKey()).toBe('R001999'));
    await waitFor(() => expect(Number(lastKey()?.slice(1)) % 3).toBe(0));
  });

  it('searches case- and diacritics-insensitively over the loaded rows', async () => {
    const { firstKey } = setup();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Cari' }), { target: { value: 'DESA 1999' } });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 dari 2.000 baris'));
    expect(firstKey()).toBe('R001999');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Cari' }), { target: { value: 'tidak ada' } });
    await waitFor(() => expect(screen.getByText('Tidak ada baris yang cocok.')).toBeInTheDocument());
  });

  it('lets the user choose the columns', () => {
    const { region } = setup();
    expect(within(region).queryByRole('columnheader', { name: /Opsional/ })).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Opsional' }));
    expect(within(region).getByRole('columnheader', { name: /Opsional/ })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Nama' }));
    expect(within(region).queryByRole('columnheader', { name: /Nama/ })).toBeNull();
  });
});

/** A table whose state the caller keeps, as the workspace does (in the URL). */
function Controlled({ columns, initial }: { columns: VirtualColumn<R>[]; initial: TableViewState }) {
  const [state, setState] = useState(initial);
  return (
    <VirtualTable
      rows={SMALL}
      columns={columns}
      rowKey={(r) => r.id}
      caption="Uji unduhan"
      state={state}
      onStateChange={setState}
    />
  );
}

describe('VirtualTable and the download', () => {
  it('shows the rows of the headless table the download uses, and searches again when a column is hidden', async () => {
    // 2,000 rows; "kota" is in the name of the even rows; `n` = i·7919 mod 2000, here with a number filter.
    const columns = COLUMNS.map((c): VirtualColumn<R> => (c.id === 'n' ? { ...c, filter: 'number' } : c));
    const view: TableViewState = {
      ...EMPTY_TABLE_STATE,
      q: 'kota',
      cf: { n: '<5' },
      sort: { column: 'n', desc: true },
    };
    render(<Controlled columns={columns} initial={view} />);
    const region = screen.getByRole('region', { name: 'Baris tabel Uji unduhan' });
    const keys = () => [...region.querySelectorAll<HTMLElement>('tbody tr[data-key]')].map((r) => r.dataset.key);
    // Even i with i·7919 mod 2000 < 5 (odd n needs odd i): n = 4 at i = 716 (716·7919 = 5,670,004), n = 2 at
    // i = 1358 (10,754,002), n = 0 at i = 0.
    const expected = ['R000716', 'R001358', 'R000000'];
    await waitFor(() => expect(keys()).toEqual(expected));
    expect(viewRows(SMALL, columns, view).map((r) => r.id)).toEqual(expected);
    expect(screen.getByRole('status')).toHaveTextContent('3 dari 2.000 baris');

    // Without the name column the search finds nothing; with it back, the same three rows.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Nama' }));
    await waitFor(() => expect(screen.getByText('Tidak ada baris yang cocok.')).toBeInTheDocument());
    expect(viewRows(SMALL, columns, { ...view, hidden: ['name'] })).toEqual([]);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Nama' }));
    await waitFor(() => expect(keys()).toEqual(expected));
  });
});
