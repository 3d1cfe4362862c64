// @vitest-environment jsdom
// 100,000 generated rows: only a window of them is in the DOM, scrolling to the end shows the last row; sorting,
// diacritics-insensitive search and column choice work on the whole set.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import '../../i18n/i18n.ts';
import { stubElementSize } from '../../../tests/helpers/dom.ts';
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
