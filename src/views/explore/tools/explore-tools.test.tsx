// @vitest-environment jsdom
// Component test of the tools with a fake engine: the export runs the slice query with the view's filters, the
// console refuses statements visibly (the gate runs before any engine), and its SQL never comes from the URL.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleManifest } from '../../../../tests/helpers/sample-manifest.ts';
import type { DataEngine, QueryRequest } from '../../../data/engine-types.ts';
import { NO_FILTERS } from '../../../filters/filters.ts';
import '../../../i18n/i18n.ts';
import { DataContext } from '../../../coordinator/data-context.tsx';

vi.mock('../../../data/sql-console.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../data/sql-console.ts')>();
  return { ...real, openConsole: () => Promise.resolve({}) };
});

const { ExploreTools } = await import('./explore-tools.tsx');

const requests: QueryRequest[] = [];
const engine: DataEngine = {
  async run(request) {
    requests.push(request);
    return [{ site_id: 'IDD23-001', village_code: '15.02.01.2001', budget_year: 2023, bandwidth_mbps: -1.5 }];
  },
};

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

  it('refuses ATTACH visibly and never takes the SQL from the URL', async () => {
    window.location.hash = "#/explore?sql=DROP%20TABLE%20sites&q=ATTACH%20'x'";
    renderTools();
    const box = screen.getByLabelText('Perintah SQL') as HTMLTextAreaElement;
    expect(box.value).not.toMatch(/DROP|ATTACH/);
    const run = screen.getByRole('button', { name: 'Jalankan' });
    await waitFor(() => expect(run).not.toBeDisabled());
    fireEvent.change(box, { target: { value: "ATTACH 'x.db' AS x" } });
    fireEvent.click(run);
    expect(await screen.findByText(/Perintah ATTACH tidak diizinkan: konsol hanya untuk membaca data/)).toHaveAttribute(
      'role',
      'alert',
    );
  });
});
