// @vitest-environment jsdom
// Component test: the thin panel with a fake engine that answers the panel's own requests with hand-written rows,
// a manifest whose telemetry range is set here, a real ECharts (canvas mocked) and the i18n layer.
import 'vitest-canvas-mock';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { type DataEngine, type QueryRequest, withRunEach } from '../../data/engine-types.ts';
import type { Manifest } from '../../data/manifest.ts';
import type { Row } from '../../data/rows.ts';
import { NO_FILTERS } from '../../filters/filters.ts';
import '../../i18n/i18n.ts';
import { stubElementSize } from '../../../tests/helpers/dom.ts';
import { sampleManifest } from '../../../tests/helpers/sample-manifest.ts';
import { DataContext } from '../../coordinator/data-context.tsx';
import { indicatorQuery } from '../../indicators/catalog.ts';
import { connectivityTrendsPanel } from './definition.ts';
import { GROUP_BYS, type Grain, TREND_MEASURES, trendRequests } from './requests.ts';

stubElementSize(800, 400);

/** The sample manifest with site_daily running from `start` to `end`. */
function manifestWith(start: string, end: string): Manifest {
  const m = sampleManifest(end);
  return {
    ...m,
    datasets: m.datasets.map((d) => (d.id === 'site_daily' ? { ...d, period: { start, end }, as_of: end } : d)),
  };
}

const same = (a: QueryRequest, b: QueryRequest) =>
  a.sql === b.sql && JSON.stringify(a.params) === JSON.stringify(b.params);

/** Answers every request the panel can make; `rows(measure, groupBy, grain)` gives the hand-written answer. */
function fakeEngine(rows: (measure: string, groupBy: string, grain: Grain) => Row[], fail = 0) {
  const calls: QueryRequest[] = [];
  let failures = fail;
  const engine: DataEngine = withRunEach({
    run: async (request) => {
      calls.push(request);
      if (failures > 0) {
        failures -= 1;
        throw new Error('Berkas site_daily.parquet gagal dimuat: rusak');
      }
      for (const measure of TREND_MEASURES)
        for (const groupBy of GROUP_BYS)
          for (const grain of ['week', 'day'] as const) {
            const [req] = trendRequests(NO_FILTERS, { measure, groupBy }, grain);
            if (req && same(request, indicatorQuery(req))) return rows(measure, groupBy, grain);
          }
      throw new Error(`unexpected query: ${request.sql}`);
    },
  });
  return { engine, calls };
}

function renderPanel(engine: DataEngine, manifest: Manifest) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const Panel = connectivityTrendsPanel.Component;
  return render(
    <QueryClientProvider client={client}>
      <DataContext value={{ engine, manifest }}>
        <Panel filters={NO_FILTERS} />
      </DataContext>
    </QueryClientProvider>,
  );
}

// Weekly: telemetry from Monday 4 Sep 2023 to Wednesday 10 Jan 2024 (129 days > 120), so the last week is partial.
const WEEKLY = manifestWith('2023-09-04', '2024-01-10');
const week = (w: string, group: Record<string, string>, value: number, from: string, to: string): Row => ({
  week: w,
  ...group,
  value,
  numerator: null,
  denominator: null,
  period_from: from,
  period_to: to,
});
function weeklyRows(measure: string, groupBy: string): Row[] {
  const g = (name: string) => ({ [groupBy]: name });
  const v = measure === 'uptime' ? 97.25 : measure === 'daily_users' ? 1200.4 : 10;
  if (groupBy === 'technology')
    return [
      week('2023-09-04', g('VSAT'), v, '2023-09-04', '2023-09-10'),
      week('2024-01-08', g('VSAT'), v, '2024-01-08', '2024-01-10'),
    ];
  return [
    week('2023-09-04', g('BAKTI Internet Desa'), v, '2023-09-04', '2023-09-10'),
    // no report in the week of 11 Sep: a gap
    week('2023-09-18', g('BAKTI Internet Desa'), 99, '2023-09-18', '2023-09-24'),
    week('2024-01-08', g('BAKTI Internet Desa'), 95, '2024-01-08', '2024-01-10'),
  ];
}

const texts = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((c) => c.textContent);

describe('ConnectivityTrendsPanel', () => {
  it('draws the definition’s request, states grain, unit and as-of, and tables the figures with attributes', async () => {
    const { engine, calls } = fakeEngine((m, g) => weeklyRows(m, g));
    renderPanel(engine, WEEKLY);
    const section = await screen.findByRole('region', { name: 'Tren layanan titik konektivitas' });
    expect(await within(section).findByText(/per minggu \(ISO, mulai Senin\)/)).toBeInTheDocument();
    expect(
      within(section).getByText(/4 Sep 2023 – 10 Jan 2024 · satuan: % · data per 10 Jan 2024/),
    ).toBeInTheDocument();
    expect(within(section).getByText('Definisi')).toBeInTheDocument();
    await waitFor(() => expect(section.querySelector('[data-chart-state="finished"]')).not.toBeNull());
    // The default view asks exactly what the panel definition lists.
    const [def] = connectivityTrendsPanel.requests(NO_FILTERS, { manifest: sampleManifest() });
    expect(calls.some((c) => def && same(c, indicatorQuery(def)))).toBe(true);

    fireEvent.click(within(section).getByRole('button', { name: 'Lihat tabel' }));
    const table = within(section).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Minggu mulai', 'BAKTI Internet Desa (%)']);
    const rows = within(table).getAllByRole('row').slice(1);
    // 4 Sep 2023 … 8 Jan 2024: 19 weeks, every one listed, gaps as dashes.
    expect(rows).toHaveLength(19);
    expect(texts(rows[0] as HTMLElement)).toEqual(['4 Sep 2023', '97,3']);
    expect(texts(rows[1] as HTMLElement)).toEqual(['11 Sep 2023', '–']);
    expect(texts(rows[18] as HTMLElement)).toEqual(['8 Jan 2024 (sebagian minggu: 8 Jan 2024–10 Jan 2024)', '95']);
    expect({ ...((rows[18] as HTMLElement).querySelector('td') as HTMLElement).dataset }).toEqual({
      indicator: 'uptime',
      period: '2024-01-08..2024-01-10',
      scope: 'programme=BAKTI Internet Desa',
      value: '95',
    });
    expect(within(section).getByText(/Minggu pertama atau terakhir hanya sebagian/)).toBeInTheDocument();
  });

  it('has labelled switches for the measure and the grouping; daily users are a mean per day', async () => {
    renderPanel(fakeEngine((m, g) => weeklyRows(m, g)).engine, WEEKLY);
    const section = await screen.findByRole('region', { name: 'Tren layanan titik konektivitas' });
    const measure = await within(section).findByRole('group', { name: 'Ukuran' });
    const uptime = within(measure).getByRole('radio', { name: 'Uptime' });
    expect(uptime).toBeChecked();
    uptime.focus(); // native radios: Tab reaches the group, arrow keys move within it
    expect(uptime).toHaveFocus();
    const users = within(measure).getByRole('radio', { name: 'Pengguna harian' });
    fireEvent.click(users);
    expect(users).toBeChecked();
    expect(await within(section).findByText(/Pengguna harian per minggu .* satuan: pengguna/)).toBeInTheDocument();
    expect(within(section).getByText(/rata-rata pengguna per hari .*, bukan jumlah seminggu/)).toBeInTheDocument();

    const group = within(section).getByRole('group', { name: 'Kelompokkan menurut' });
    fireEvent.click(within(group).getByRole('radio', { name: 'Teknologi' }));
    fireEvent.click(within(section).getByRole('button', { name: 'Lihat tabel' }));
    await waitFor(() =>
      expect(
        within(within(section).getByRole('table'))
          .getAllByRole('columnheader')
          .map((c) => c.textContent),
      ).toEqual(['Minggu mulai', 'VSAT (pengguna)']),
    );
    const first = within(within(section).getByRole('table')).getAllByRole('row')[1] as HTMLElement;
    expect(texts(first)).toEqual(['4 Sep 2023', '1.200']);
    expect((first.querySelector('td') as HTMLElement).dataset.indicator).toBe('daily_users');
  });

  it('draws per day when the telemetry spans 120 days or less', async () => {
    const { engine, calls } = fakeEngine((_m, g, grain) =>
      grain === 'day'
        ? [
            {
              day: '2024-01-02',
              [g]: 'BAKTI Internet Desa',
              value: 98,
              period_from: '2024-01-02',
              period_to: '2024-01-02',
            },
            {
              day: '2024-01-04',
              [g]: 'BAKTI Internet Desa',
              value: 96,
              period_from: '2024-01-04',
              period_to: '2024-01-04',
            },
          ]
        : [],
    );
    renderPanel(engine, manifestWith('2024-01-01', '2024-01-04'));
    const section = await screen.findByRole('region', { name: 'Tren layanan titik konektivitas' });
    expect(await within(section).findByText(/Uptime per hari · 1 Jan 2024 – 4 Jan 2024/)).toBeInTheDocument();
    expect(calls.every((c) => c.sql.includes('site_daily_by_day'))).toBe(true);
    fireEvent.click(within(section).getByRole('button', { name: 'Lihat tabel' }));
    const rows = within(within(section).getByRole('table')).getAllByRole('row');
    expect(rows.map(texts)).toEqual([
      ['Tanggal', 'BAKTI Internet Desa (%)'],
      ['1 Jan 2024', '–'],
      ['2 Jan 2024', '98'],
      ['3 Jan 2024', '–'],
      ['4 Jan 2024', '96'],
    ]);
  });

  it('keeps the drawn chart while a cross-filter loads, never going back to "loading"', async () => {
    const filtered = { ...NO_FILTERS, regencies: ['15.02'] };
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const [slow] = trendRequests(filtered);
    const engine: DataEngine = withRunEach({
      run: async (request) => {
        if (slow && same(request, indicatorQuery(slow))) {
          await gate;
          return [week('2023-09-04', { programme: 'BAKTI Internet Desa' }, 50, '2023-09-04', '2023-09-10')];
        }
        return fakeEngine((m, g) => weeklyRows(m, g)).engine.run(request);
      },
    });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const Panel = connectivityTrendsPanel.Component;
    const ui = (filters: typeof NO_FILTERS) => (
      <QueryClientProvider client={client}>
        <DataContext value={{ engine, manifest: WEEKLY }}>
          <Panel filters={filters} />
        </DataContext>
      </QueryClientProvider>
    );
    const { rerender } = render(ui(NO_FILTERS));
    const section = await screen.findByRole('region', { name: 'Tren layanan titik konektivitas' });
    await waitFor(() => expect(section.querySelector('[data-chart-state="finished"]')).not.toBeNull());
    const chart = section.querySelector('.chart');
    fireEvent.click(within(section).getByRole('button', { name: 'Lihat tabel' }));

    rerender(ui(filtered));
    expect(section.dataset.state).toBe('ready');
    expect(section.querySelector('.chart')).toBe(chart);
    expect(within(section).getByRole('table')).toHaveTextContent('97,3');
    release();
    await waitFor(() => expect(within(section).getByRole('table')).toHaveTextContent('50'));
    expect(section.querySelector('.chart')).toBe(chart);
    expect((within(section).getByRole('table').querySelector('td') as HTMLElement).dataset.scope).toBe(
      'regency=15.02;programme=BAKTI Internet Desa',
    );
  });

  it('says so when the selection has no telemetry', async () => {
    renderPanel(fakeEngine(() => []).engine, WEEKLY);
    expect(await screen.findByText('Tidak ada data untuk pilihan ini.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lihat tabel' })).toBeNull();
  });

  it('shows its own error with a retry that runs the query again', async () => {
    const { engine, calls } = fakeEngine((m, g) => weeklyRows(m, g), 1);
    renderPanel(engine, WEEKLY);
    expect(await screen.findByRole('alert')).toHaveTextContent('Berkas site_daily.parquet gagal dimuat: rusak');
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    await screen.findByRole('button', { name: 'Lihat tabel' });
    expect(calls).toHaveLength(2);
  });
});
