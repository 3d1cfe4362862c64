// @vitest-environment jsdom
// Component test of the tools with a fake engine: the export runs the slice query with the view's filters, the
// console shows refusals and DuckDB's error positions in words, and a shared link loads and runs its query.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleManifest } from '../../../../tests/helpers/sample-manifest.ts';
import { type DataEngine, type QueryRequest, withRunEach } from '../../../data/engine-types.ts';
import { NO_FILTERS } from '../../../filters/filters.ts';
import '../../../i18n/i18n.ts';
import { DataContext } from '../../../coordinator/data-context.tsx';

// The console's engine is DuckDB (tested in src/data/sql-console.test.ts); here it answers as DuckDB did there.
const runs: string[] = [];
vi.mock('../../../data/sql-console.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../data/sql-console.ts')>();
  return {
    ...real,
    openConsole: () => Promise.resolve({}),
    runConsoleQuery: async (text: string) => {
      runs.push(text);
      if (text.startsWith('ATTACH')) return { kind: 'refused', reason: 'not_a_query', params: { word: 'ATTACH' } };
      if (text.includes('nosuch'))
        return {
          kind: 'error',
          error: {
            type: 'Binder',
            message: 'Referenced column "nosuch" not found in FROM clause!',
            position: { index: 7, line: 1, column: 8, lineText: text },
          },
        };
      return {
        kind: 'rows',
        columns: [{ name: 'x', type: 'Int32', numeric: true }],
        rows: [{ x: 1 }],
        truncated: false,
        limit: 1000,
        ms: 1,
        statement: text,
        tables: [],
        uploadTables: [],
      };
    },
  };
});

const { ExploreTools } = await import('./explore-tools.tsx');

const requests: QueryRequest[] = [];
const engine: DataEngine = withRunEach({
  async run(request) {
    requests.push(request);
    return [{ site_id: 'IDD23-001', village_code: '15.02.01.2001', budget_year: 2023, bandwidth_mbps: -1.5 }];
  },
});

function renderTools(filters = NO_FILTERS) {
  return render(
    <DataContext value={{ engine, manifest: sampleManifest() }}>
      <ExploreTools filters={filters} />
    </DataContext>,
  );
}

beforeEach(() => {
  requests.length = 0;
  URL.createObjectURL = vi.fn(() => 'blob:x');
  URL.revokeObjectURL = vi.fn();
});

describe('explore tools', () => {
  it('exports the sites slice with the filters as bound values and offers the provenance', async () => {
    const clicks: string[] = [];
    const spy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    renderTools({ ...NO_FILTERS, regencies: ['15.02'], statuses: ['active'] });
    expect(screen.getByText(/Filter: .*15\.02.*active/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Unduh Titik layanan — CSV' }));
    await screen.findByText(/diunduh: 1 baris/);
    expect(requests[0]?.params).toEqual(['15.02', 'active']);
    expect(requests[0]?.sql).not.toContain('15.02');
    expect(clicks[0]).toMatch(/^jdac-titik-\d{8}-\d{4}\.csv$/);
    fireEvent.click(screen.getByRole('button', { name: /Unduh keterangan asal/ }));
    expect(clicks[1]).toMatch(/^jdac-titik-\d{8}-\d{4}\.provenance\.json$/);
    spy.mockRestore();
  });

  it('names the indicators a villages export is counted by, and the listing it comes from', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:x';
    });
    const spy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderTools({ ...NO_FILTERS, programmes: ['Dumisake Internet Desa'] });
    // Codes (column names of the listing) rather than the on-screen labels.
    fireEvent.click(screen.getByRole('radio', { name: /^Kode/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Unduh Desa/kelurahan — CSV' }));
    await screen.findByText(/diunduh: 1 baris/);
    expect(requests[0]?.params).toEqual(['Dumisake Internet Desa']);
    fireEvent.click(screen.getByRole('button', { name: /Unduh keterangan asal/ }));
    const provenance = JSON.parse(await (blobs.at(-1) as Blob).text());
    expect(provenance.listing).toBe('villages-table');
    expect(provenance.indicators).toEqual([
      { column: 'is_blankspot', indicator: 'blankspot_villages', name: 'Desa tanpa sinyal seluler (blankspot)' },
      { column: 'sites_in_service', indicator: 'sites_in_service', name: 'Titik dalam layanan' },
    ]);
    expect(provenance.sources.map((s: { dataset: string }) => s.dataset)).toEqual([
      'villages',
      'regencies',
      'village_coverage',
      'sites',
    ]);
    expect(provenance.columns.map((c: { name: string }) => c.name)).toContain('sites_in_service');
    spy.mockRestore();
  });

  it('loads a shared query from the link, runs it once, and shows a refusal in words', async () => {
    runs.length = 0;
    window.location.hash = `#/explore?regency=15.02&sql=${encodeURIComponent("ATTACH 'x.db' AS x")}&sqlchart=bar&v=0000000000000000`;
    renderTools();
    const box = screen.getByLabelText('Perintah SQL') as HTMLTextAreaElement;
    expect(box.value).toBe("ATTACH 'x.db' AS x");
    expect(screen.getByText(/Kueri ini dibuka dari tautan/)).toHaveTextContent(
      'dibuat untuk versi data 0000000000000000; data sudah berubah',
    );
    expect(await screen.findByText(/Perintah ATTACH tidak diizinkan: konsol hanya untuk membaca data/)).toHaveAttribute(
      'role',
      'alert',
    );
    expect(runs).toEqual(["ATTACH 'x.db' AS x"]);
    // The link keeps the workspace's parameters and pins the current data version.
    const params = new URLSearchParams(window.location.hash.split('?')[1]);
    expect(params.get('regency')).toBe('15.02');
    expect(params.get('sql')).toBe("ATTACH 'x.db' AS x");
    expect(params.get('sqlchart')).toBe('bar');
    expect(params.get('v')).toBe(sampleManifest().version);
  });

  it('marks DuckDB’s error position under the analyst’s own line', async () => {
    window.location.hash = '#/explore';
    renderTools();
    const run = screen.getByRole('button', { name: 'Jalankan' });
    await waitFor(() => expect(run).not.toBeDisabled());
    fireEvent.change(screen.getByLabelText('Perintah SQL'), { target: { value: 'SELECT nosuch FROM sites' } });
    fireEvent.click(run);
    expect(await screen.findByText(/DuckDB menolak perintah ini: Referenced column "nosuch"/)).toBeInTheDocument();
    expect(screen.getByText('Baris 1, kolom 8')).toBeInTheDocument();
    expect(document.querySelector('.tools-console-errorpos pre')?.textContent).toBe(
      '1 | SELECT nosuch FROM sites\n           ^',
    );
  });

  it('leaves a too-long query out of the link and says so', async () => {
    window.location.hash = '#/explore?regency=15.02';
    renderTools();
    const run = screen.getByRole('button', { name: 'Jalankan' });
    await waitFor(() => expect(run).not.toBeDisabled());
    const long = `SELECT 1 AS x -- ${'a'.repeat(4100)}`;
    fireEvent.change(screen.getByLabelText('Perintah SQL'), { target: { value: long } });
    fireEvent.click(run);
    expect(
      await screen.findByText(/Kueri terlalu panjang untuk tautan \(4117 karakter; batas 4000\)/),
    ).toBeInTheDocument();
    expect(window.location.hash).toBe('#/explore?regency=15.02');
  });
});
