// @vitest-environment jsdom
// Component test: the thin KPI panel with a fake engine (one answer per query) and the i18n layer.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { DataEngine, QueryRequest } from '../../data/engine-types.ts';
import type { Row } from '../../data/rows.ts';
import { NO_FILTERS } from '../../filters/filters.ts';
import '../../i18n/i18n.ts';
import { sampleManifest } from '../../../tests/helpers/sample-manifest.ts';
import { DataContext } from '../../coordinator/data-context.tsx';
import { KpisPanel } from './panel.tsx';

function renderPanel(engine: DataEngine) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <DataContext value={{ engine, manifest: sampleManifest() }}>
        <KpisPanel filters={NO_FILTERS} />
      </DataContext>
    </QueryClientProvider>,
  );
}

interface Answers {
  coverage: Row[];
  installations: Row[];
  uptime: Row[];
  repeaters: Row[];
}

const FULL: Answers = {
  coverage: [
    { year: 2021, villages: 1585, blankspot: 285, four_g: 900 },
    { year: 2026, villages: 1585, blankspot: 268, four_g: 1010 },
  ],
  installations: [
    { year: 2022, sites: 125 },
    { year: 2023, sites: 80 },
    { year: 2024, sites: 80 },
  ],
  uptime: [
    {
      end_date: '2026-11-27',
      current_from: '2026-10-29',
      previous_from: '2026-09-29',
      previous_to: '2026-10-28',
      current_uptime: 97.8,
      previous_uptime: null,
    },
  ],
  repeaters: [{ planned: 10, active: 6 }],
};

/** Answers each KPI query by the tables it reads. */
function fakeEngine(answers: Answers, fail?: () => Error | null): DataEngine & { calls: QueryRequest[] } {
  const calls: QueryRequest[] = [];
  return {
    calls,
    run: async (request) => {
      calls.push(request);
      const error = fail?.();
      if (error) throw error;
      if (request.tables.includes('village_coverage')) return answers.coverage;
      if (request.tables.some((t) => t.startsWith('site_daily'))) return answers.uptime; // raw or its rollups
      if (request.sql.includes("'GSM repeater'")) return answers.repeaters;
      return answers.installations;
    },
  };
}

describe('KpisPanel', () => {
  it('is a section of named cards, each saying what it is compared with, and a table of the same figures', async () => {
    renderPanel(fakeEngine(FULL));
    const section = await screen.findByRole('region', { name: 'Angka utama' });
    expect(within(section).getByText(/data per 27 Nov 2026/)).toBeInTheDocument();
    expect(within(section).getByText(/^Sumber:/)).toBeInTheDocument();

    const row = await within(section).findByRole('list', { name: 'Kartu angka utama' });
    expect(within(row).getAllByRole('article')).toHaveLength(5);

    const blankspot = within(row).getByRole('article', { name: 'Desa blankspot' });
    expect(within(blankspot).getByText('268')).toBeInTheDocument();
    // Direction in words (the arrow is decoration, hidden from screen readers).
    expect(within(blankspot).getByText('turun 17 (6%)')).toBeInTheDocument();
    expect(within(blankspot).getByText('dibanding 2021: 285')).toBeInTheDocument();

    const installed = within(row).getByRole('article', { name: 'Titik terpasang' });
    expect(within(installed).getByText('dibanding 2023: 80')).toBeInTheDocument();
    expect(within(installed).getByText('total 285 titik, 2022–2024')).toBeInTheDocument();

    // Fewer than 60 days: the previous window is missing and shows a dash, not 0.
    const uptime = within(row).getByRole('article', { name: 'Rata-rata uptime titik' });
    expect(within(uptime).getByText('97,8%')).toBeInTheDocument();
    expect(within(uptime).getByText(/30 hari sebelumnya .*: –$/)).toBeInTheDocument();

    const repeaters = within(row).getByRole('article', { name: 'Repeater GSM aktif' });
    expect(within(repeaters).getByText('dari 10 direncanakan')).toBeInTheDocument();

    fireEvent.click(within(section).getByRole('button', { name: 'Lihat tabel' }));
    const table = within(section).getByRole('table');
    const cells = (name: RegExp) =>
      within(within(table).getByRole('row', { name }))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells(/^Desa blankspot/)).toEqual([
      '268',
      'desa tanpa sinyal seluler, akhir 2026',
      'turun 17 (6%)',
      '285',
      'dibanding 2021',
    ]);
    expect(cells(/^Rata-rata uptime titik/)).toEqual([
      '97,8%',
      '30 hari, 29 Okt 2026 – 27 Nov 2026',
      '–',
      '–',
      '30 hari sebelumnya',
    ]);
    expect(cells(/^Total titik terpasang/)).toEqual(['285', 'semua tahun, 2022–2024', '–', '–', '–']);
  });

  it('says so when the selection has no data for any card', async () => {
    renderPanel(fakeEngine({ coverage: [], installations: [], uptime: [], repeaters: [{ planned: 0, active: 0 }] }));
    expect(await screen.findByText('Tidak ada data untuk pilihan ini.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lihat tabel' })).toBeNull();
  });

  it('shows a query error with a retry that runs the failed queries again', async () => {
    let failing = true;
    const engine = fakeEngine(FULL, () => (failing ? new Error('Berkas site_daily.parquet gagal dimuat') : null));
    renderPanel(engine);
    expect(await screen.findByRole('alert')).toHaveTextContent('Berkas site_daily.parquet gagal dimuat');
    const before = engine.calls.length;
    failing = false;
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    await screen.findByRole('button', { name: 'Lihat tabel' });
    expect(engine.calls.length).toBe(before + 4);
  });
});
