// @vitest-environment jsdom
// Component test: the KPI panel with a fake engine that answers exactly the panel's own requests (its registry
// definition with the manifest) with hand-written rows, and the i18n layer. Data as of 27 Nov 2026.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { DataEngine } from '../../data/engine-types.ts';
import type { Row } from '../../data/rows.ts';
import { type Filters, NO_FILTERS } from '../../filters/filters.ts';
import '../../i18n/i18n.ts';
import { fakeFiguresEngine, planRows, yearRows } from '../../../tests/helpers/fake-engine.ts';
import { sampleManifest } from '../../../tests/helpers/sample-manifest.ts';
import { DataContext } from '../../coordinator/data-context.tsx';
import { kpiDates } from '../periods.ts';
import { kpisPanel } from './definition.ts';
import { type KpiSlot, kpiRequestSlots } from './requests.ts';

const manifest = sampleManifest('2026-11-27');

type Answers = Partial<Record<KpiSlot, Row[]>>;

/** Answers the definition's requests for `filters` (and nothing else) by the role each request has. */
function fakeEngine(filters: Filters, answers: Answers, fail = 0) {
  const slots = kpiRequestSlots(filters, kpiDates(manifest));
  expect(slots.map(([, r]) => r)).toEqual(kpisPanel.requests(filters, { manifest }));
  return fakeFiguresEngine(slots, (slot) => answers[slot] ?? [], {
    fail,
    error: 'Berkas site_daily.parquet gagal dimuat',
  });
}

function renderPanel(engine: DataEngine, filters: Filters = NO_FILTERS) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const Panel = kpisPanel.Component;
  return render(
    <QueryClientProvider client={client}>
      <DataContext value={{ engine, manifest }}>
        <Panel filters={filters} />
      </DataContext>
    </QueryClientProvider>,
  );
}

const FULL: Answers = {
  blankspot: yearRows({ 2024: 281, 2025: 276, 2026: 268 }),
  blankspotTarget: planRows({ 2025: 240, 2026: 225 }),
  villages4g: yearRows({ 2025: 980, 2026: 1011 }),
  villages4gShare: yearRows({ 2025: 61.83, 2026: 63.79 }),
  planInstallations: [{ value: 2 }],
  plannedInstallations: planRows({ 2025: 10, 2026: 10 }),
  installations: [{ value: 9 }],
  installationsBaseline: [{ value: 8 }],
  sitesInService: [{ value: 312 }],
  uptime: [{ value: 97.8, period_from: '2026-10-29', period_to: '2026-11-27' }],
  // Fewer than 60 days of telemetry: the previous window has no figure.
  uptimeBaseline: [{ value: null, period_from: null, period_to: null }],
  repeatersActive: [{ value: 6 }],
  repeatersPlanned: [{ value: 10 }],
};

describe('KpisPanel', () => {
  it('is a section of cards that say their period, their comparison and their definition, and a table', async () => {
    renderPanel(fakeEngine(NO_FILTERS, FULL).engine);
    const section = await screen.findByRole('region', { name: 'Angka utama' });
    expect(within(section).getByText(/data per 27 Nov 2026/)).toBeInTheDocument();
    const row = await within(section).findByRole('list', { name: 'Kartu angka utama' });
    expect(within(row).getAllByRole('article')).toHaveLength(7);

    const blankspot = within(row).getByRole('article', { name: 'Desa blankspot, 2026 s.d. 27 Nov' });
    const value = within(blankspot).getByText('268');
    expect(value).toHaveClass('kpi-value');
    expect(value).toHaveAttribute('data-indicator', 'blankspot_villages');
    expect(value).toHaveAttribute('data-period', '2026-01-01..2026-11-27');
    expect(value).toHaveAttribute('data-scope', '');
    expect(value).toHaveAttribute('data-value', '268');
    expect(within(blankspot).getByText('turun 8 (2,9%)')).toBeInTheDocument();
    expect(within(blankspot).getByText(/^dibanding periode lengkap sebelumnya \(2025\):/)).toHaveTextContent(
      'dibanding periode lengkap sebelumnya (2025): 276',
    );
    expect(within(blankspot).getByText('276')).toHaveAttribute('data-period', '2025');
    expect(within(blankspot).getByText('225')).toHaveAttribute('data-indicator', 'blankspot_target');
    expect(within(blankspot).getByText('Definisi')).toHaveAccessibleName(
      'Definisi: Desa tanpa sinyal seluler (blankspot)',
    );
    expect(blankspot.querySelector('.kpi-ignored')).toBeNull();

    const plan = within(row).getByRole('article', { name: 'Titik program terpasang, 2026 s.d. 27 Nov' });
    expect(plan).toHaveTextContent('dari rencana 10 untuk 2026');
    const installed = within(row).getByRole('article', {
      name: 'Titik terpasang (semua program), 2026 s.d. 27 Nov',
    });
    // 9 against 8 in 1 Jan–27 Nov 2025: 1 / 8 = 12,5 %.
    expect(within(installed).getByText('naik 1 (12,5%)')).toBeInTheDocument();
    expect(installed).toHaveTextContent('dibanding rentang yang sama tahun lalu (2025 s.d. 27 Nov): 8');

    const uptime = within(row).getByRole('article', { name: 'Rata-rata uptime titik, 29 Okt 2026–27 Nov 2026' });
    expect(within(uptime).getByText('97,8%')).toHaveAttribute('data-value', '97.8');
    // The previous window has no figure: a dash, never 0, and no change.
    expect(uptime).toHaveTextContent('dibanding rentang sebelumnya yang sama panjang (29 Sep 2026–28 Okt 2026): –');
    expect(uptime.querySelector('.kpi-change')).toBeNull();

    const repeaters = within(row).getByRole('article', { name: 'Repeater GSM aktif, 27 Nov 2026' });
    expect(repeaters).toHaveTextContent('dari 10 unit dalam rencana (semua status)');

    fireEvent.click(within(section).getByRole('button', { name: 'Lihat tabel' }));
    const table = within(section).getByRole('table');
    const cells = (name: RegExp) =>
      within(within(table).getByRole('row', { name }))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells(/^Desa blankspot/)).toEqual([
      '2026 s.d. 27 Nov',
      '268',
      'turun 8 (2,9%)',
      '276',
      'dibanding periode lengkap sebelumnya (2025)',
    ]);
    expect(cells(/^Titik dalam layanan/)).toEqual(['27 Nov 2026', '312', '–', '–', 'tanpa pembanding']);
    const target = within(within(table).getByRole('row', { name: /^Target desa blankspot/ })).getByText('225');
    expect(target).toHaveAttribute('data-indicator', 'blankspot_target');
    expect(target).toHaveAttribute('data-period', '2026');
  });

  it('with regency 15.02 and programme Dumisake Internet Desa: 63 blankspot villages, and the programme filter does not apply', async () => {
    const filters: Filters = { ...NO_FILTERS, regencies: ['15.02'], programmes: ['Dumisake Internet Desa'] };
    const { engine, calls } = fakeEngine(filters, { ...FULL, blankspot: yearRows({ 2025: 63, 2026: 63 }) });
    renderPanel(engine, filters);
    const card = await screen.findByRole('article', { name: 'Desa blankspot, 2026 s.d. 27 Nov' });
    expect(within(card).getByText('63', { selector: '.kpi-value' })).toHaveAttribute('data-scope', 'regency=15.02');
    expect(
      within(card).getByText('Filter program tidak berlaku untuk angka ini.', { selector: '.kpi-ignored' }),
    ).toBeVisible();
    const installed = screen.getByRole('article', { name: /^Titik terpasang \(semua program\)/ });
    expect(installed.querySelector('.kpi-ignored')).toBeNull();
    expect(within(installed).getByText('9')).toHaveAttribute(
      'data-scope',
      'regency=15.02;programme=Dumisake Internet Desa',
    );
    // One query per request, and only the definition's requests.
    expect(calls).toHaveLength(13);
  });

  it('says so when the selection has no data for any card', async () => {
    const zero = [{ value: 0 }];
    renderPanel(
      fakeEngine(NO_FILTERS, {
        planInstallations: zero,
        installations: zero,
        installationsBaseline: zero,
        sitesInService: zero,
        repeatersActive: zero,
        repeatersPlanned: zero,
      }).engine,
    );
    expect(await screen.findByText('Tidak ada data untuk pilihan ini.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lihat tabel' })).toBeNull();
  });

  it('shows a query error with a retry that runs the failed query again', async () => {
    const { engine, calls } = fakeEngine(NO_FILTERS, FULL, 1);
    renderPanel(engine);
    expect(await screen.findByRole('alert')).toHaveTextContent('Berkas site_daily.parquet gagal dimuat');
    const before = calls.length;
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    await screen.findByRole('button', { name: 'Lihat tabel' });
    expect(calls.length).toBe(before + 1);
  });
});
