// @vitest-environment jsdom
// The catalog over real published CSV files (public/data) fetched through a stubbed fetch and validated by the real
// contract validator (no Worker in jsdom: the main-thread fallback runs the same job). One file is made hostile: a
// programme value carrying markup is not in the programmes vocabulary, fails the contract and its message shows the
// payload as text. The vocabularies and the published figures are datasets like the others.
import { createHash, webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { DataContext } from '../../coordinator/data-context.tsx';
import { CONTRACT, CONTRACT_VERSION, type DatasetId, SOURCE } from '../../data/contract.ts';
import { engineStatus } from '../../data/duckdb-browser.ts';
import { type DataEngine, withRunEach } from '../../data/engine-types.ts';
import { type Manifest, parseManifest } from '../../data/manifest.ts';
import { setLang } from '../../i18n/i18n.ts';
import { CatalogView } from './catalog-view.tsx';

const DATA = resolve(import.meta.dirname, '../../../public/data');
const HOSTILE = '<img src=x onerror="window.__xss=1">';

function hostileSites(): Buffer {
  const lines = readFileSync(`${DATA}/sites.csv`, 'utf8').split('\n');
  const cells = (lines[1] as string).split(',');
  cells[2] = `"Dumisake ${HOSTILE.replaceAll('"', '""')}"`;
  lines[1] = cells.join(',');
  return Buffer.from(lines.join('\n'));
}

const files: Record<string, Buffer> = {
  'regencies.csv': readFileSync(`${DATA}/regencies.csv`),
  'villages.csv': readFileSync(`${DATA}/villages.csv`),
  'programmes.csv': readFileSync(`${DATA}/programmes.csv`),
  'technologies.csv': readFileSync(`${DATA}/technologies.csv`),
  'sites.csv': hostileSites(),
  'targets.csv': readFileSync(`${DATA}/targets.csv`),
  'published_figures.csv': readFileSync(`${DATA}/published_figures.csv`),
};

const IDS: DatasetId[] = [
  'regencies',
  'villages',
  'programmes',
  'technologies',
  'sites',
  'targets',
  'published_figures',
];

function manifest(): Manifest {
  const ids = IDS;
  return parseManifest({
    manifest_version: 1,
    generated_at: '2026-11-27T00:00:00+07:00',
    version: 'c0ffee0123456789',
    as_of: '2026-11-27',
    datasets: ids.map((id) => {
      const bytes = files[`${id}.csv`] as Buffer;
      return {
        id,
        contract_version: CONTRACT_VERSION,
        title: CONTRACT[id].meta.title,
        description: CONTRACT[id].meta.description,
        producer: SOURCE.producer,
        walidata: SOURCE.walidata,
        period: { start: '2021-01-01', end: '2026-11-27' },
        unit: CONTRACT[id].meta.unit,
        frequency: CONTRACT[id].meta.frequency,
        stale_after_days: CONTRACT[id].meta.stale_after_days,
        license: SOURCE.license,
        attribution: SOURCE.attribution,
        as_of: '2026-11-27',
        row_count: 10,
        files: [
          {
            path: `${id}.csv`,
            format: 'csv',
            bytes: bytes.length,
            // targets: a stale hash, as when a steward replaces a file without running data:manifest.
            sha256: id === 'targets' ? 'f'.repeat(64) : createHash('sha256').update(bytes).digest('hex'),
          },
        ],
      };
    }),
  });
}

const fetched: string[] = [];
beforeAll(() => {
  // jsdom's crypto has no subtle digest (the browser's, in secure contexts, and Node's do); Node's digest rejects
  // jsdom-realm buffers, hence the copy.
  vi.stubGlobal('crypto', {
    subtle: { digest: (alg: string, data: ArrayBuffer) => webcrypto.subtle.digest(alg, Buffer.from(data)) },
  });
  vi.stubGlobal('fetch', async (input: string | URL) => {
    const url = new URL(String(input));
    fetched.push(url.pathname + url.search);
    const name = url.pathname.replace(/^.*\/data\//, '');
    const body = files[name];
    return body ? new Response(new Uint8Array(body)) : new Response('not found', { status: 404 });
  });
});
afterAll(() => vi.unstubAllGlobals());

const engine: DataEngine = withRunEach({ run: async () => [] });

function renderCatalog() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <DataContext value={{ engine, manifest: manifest() }}>
        <CatalogView />
      </DataContext>
    </QueryClientProvider>,
  );
}

describe('CatalogView', () => {
  afterEach(() => setLang('id'));

  it('shows every dataset with metadata, downloads, dictionary and the check of its file', async () => {
    act(() => engineStatus.set({ state: 'ready', failures: [] }));
    const { container } = renderCatalog();
    expect(screen.getByRole('heading', { level: 1, name: 'Katalog data' })).toBeInTheDocument();

    const villages = screen.getByRole('article', { name: 'Desa dan kelurahan' });
    expect(within(villages).getByText('Produsen data').nextSibling).toHaveTextContent(SOURCE.producer);
    expect(within(villages).getByText('Walidata').nextSibling).toHaveTextContent(SOURCE.walidata);
    expect(within(villages).getByText('Frekuensi pembaruan').nextSibling).toHaveTextContent('Tidak tetap');
    expect(within(villages).getByText('Periode').nextSibling).toHaveTextContent('1 Jan 2021 – 27 Nov 2026');
    const link = within(villages).getByRole('link', { name: 'Unduh CSV' });
    expect(link.getAttribute('href')).toMatch(/^data\/villages\.csv\?v=[0-9a-f]{16}$/);
    expect(link).toHaveAttribute('download', 'villages.csv');
    expect(within(villages).getByText(/101,2 KB \(103\.602 bait\)/)).toBeInTheDocument();

    // Valid, with the row count checked and the reference list used.
    await waitFor(() => expect(villages.dataset.validation).toBe('valid'), { timeout: 15_000 });
    expect(within(villages).getByText('Valid')).toBeInTheDocument();
    expect(within(villages).getByText(/1\.585 baris diperiksa/)).toHaveTextContent(
      'Kode dicocokkan dengan: regencies.',
    );

    // Column dictionary from the contract, meaning in the active language.
    fireEvent.click(within(villages).getByText('Kamus kolom (7 kolom)'));
    const row = within(villages).getByRole('row', { name: /regency_code/ });
    expect(row).toHaveTextContent('Kode kabupaten/kota');
    expect(row).toHaveTextContent('Merujuk ke regencies.regency_code');
    expect(row).toHaveTextContent('^15\\.\\d{2}$');

    // The hostile file fails, names the file, shows the payload as text, and nothing is turned into markup.
    const sites = screen.getByRole('article', { name: 'Titik layanan konektivitas' });
    await waitFor(() => expect(sites.dataset.validation).toBe('invalid'), { timeout: 15_000 });
    expect(within(sites).getByText('1 galat')).toBeInTheDocument();
    const issue = within(sites).getByText(/sites\.csv, baris 2, kolom programme/);
    expect(issue.textContent).toContain(HOSTILE);
    expect(container.querySelector('img')).toBeNull();
    expect((window as { __xss?: unknown }).__xss).toBeUndefined();

    // A stale sha256 in the manifest is an error of its own.
    const targets = screen.getByRole('article', { name: 'Target program' });
    await waitFor(() => expect(targets.dataset.validation).toBe('invalid'), { timeout: 15_000 });
    expect(within(targets).getByText(/tidak sama dengan sha256 di manifest\.json/)).toBeInTheDocument();

    await waitFor(() =>
      expect(screen.getByText(/^Pemeriksaan berkas:/)).toHaveTextContent(
        'Pemeriksaan berkas: 5 valid, 2 bermasalah, 0 sedang diperiksa.',
      ),
    );
    // The vocabularies and the published figures are listed and checked like every dataset.
    for (const title of ['Kosakata program', 'Kosakata teknologi', 'Angka yang dipublikasikan instansi']) {
      const card = screen.getByRole('article', { name: title });
      await waitFor(() => expect(card.dataset.validation).toBe('valid'));
    }
    expect(container.querySelectorAll('.catalog-card')).toHaveLength(IDS.length);
    // The indicators follow the datasets.
    expect(screen.getByRole('heading', { level: 2, name: 'Indikator' })).toBeInTheDocument();
    // Same URL form as the engine: data/<file>?v=<sha256 first 16>.
    expect(fetched.every((u) => /\/data\/[a-z_]+\.csv\?v=[0-9a-f]{16}$/.test(u))).toBe(true);
  });

  it('shows a load failure the engine recorded, and speaks English', async () => {
    act(() => {
      setLang('en');
      engineStatus.set({
        state: 'ready',
        failures: [{ dataset: 'regencies', file: 'regencies.csv', message: `Conversion Error: ${HOSTILE}` }],
      });
    });
    const { container } = renderCatalog();
    const regencies = screen.getByRole('article', { name: 'Regencies and cities of Jambi Province' });
    expect(within(regencies).getByText('Data producer')).toBeInTheDocument();
    expect(within(regencies).getByRole('alert')).toHaveTextContent(
      `Failed to load into the data engine: Conversion Error: ${HOSTILE}`,
    );
    expect(container.querySelector('img')).toBeNull();
    await waitFor(() => expect(within(regencies).getByText(/11 rows checked/)).toBeInTheDocument());
    expect(within(regencies).getByText('1 error')).toBeInTheDocument();
  });
});
