import { readFileSync } from 'node:fs';
import { PANEL_IDS } from '../../panels/define-panel.ts';
import { parseWallFile, resolveWallConfig, WallConfigError } from './wall-config.ts';

const file = parseWallFile(JSON.parse(readFileSync('public/data/wall.json', 'utf8')));

describe('wall config', () => {
  it('accepts the shipped wall.json', () => {
    expect(file.pages.map((p) => p.id)).toEqual([
      'ringkasan',
      'program',
      'capaian',
      'wilayah',
      'tren',
      'repeater',
      'sorotan',
      'gangguan',
    ]);
    const cfg = resolveWallConfig(file, new URLSearchParams());
    expect(cfg.notes).toEqual([]);
    expect(cfg.pollSeconds).toBe(300);
    expect(cfg.dwell(file.pages[0]!)).toBe(30);
    expect(cfg.dwell(file.pages[6]!)).toBe(45);
  });

  it('applies URL overrides in the given order', () => {
    const cfg = resolveWallConfig(
      file,
      new URLSearchParams('pages=tren,ringkasan&dwell=5&theme=light&lang=en&poll=60'),
    );
    expect(cfg.pages.map((p) => p.id)).toEqual(['tren', 'ringkasan']);
    expect(cfg.dwell(file.pages[4]!)).toBe(5);
    expect([cfg.theme, cfg.lang, cfg.pollSeconds]).toEqual(['light', 'en', 60]);
  });

  it('picks a screen playlist', () => {
    expect(resolveWallConfig(file, new URLSearchParams('screen=peta')).pages.map((p) => p.id)).toEqual([
      'wilayah',
      'sorotan',
    ]);
  });

  it('reports bad URL values and keeps the file values', () => {
    const cfg = resolveWallConfig(
      file,
      new URLSearchParams('pages=nope&dwell=abc&theme=pink&lang=fr&poll=-1&screen=x'),
    );
    expect(cfg.pages).toHaveLength(file.pages.length);
    expect(cfg.theme).toBe('dark');
    expect(cfg.notes).toEqual([
      'screen="x" tidak dikenal; memakai daftar bawaan',
      'pages: halaman tidak dikenal: nope',
      'pages: tidak ada halaman yang dikenal; memakai daftar bawaan',
      'dwell="abc" bukan angka detik antara 0,2 dan 3600; memakai 30',
      'poll="-1" bukan angka detik antara 1 dan 86400; memakai 300',
      'theme="pink" harus dark atau light',
      'lang="fr" harus id atau en',
    ]);
  });

  it('rejects a broken wall.json with readable problems', () => {
    const bad = { version: 1, pages: [{ id: 'A B', title: { id: 'x', en: 'x' }, panels: ['pie-chart'] }] };
    try {
      parseWallFile(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(WallConfigError);
      const msg = (e as WallConfigError).problems.join('\n');
      expect(msg).toContain('pages.0');
    }
    expect(() =>
      parseWallFile({ ...JSON.parse(readFileSync('public/data/wall.json', 'utf8')), screens: { a: ['missing'] } }),
    ).toThrow('screens.a: halaman "missing" tidak ada di pages');
  });
});

describe('wall config: playlists and messages', () => {
  const raw = () => JSON.parse(readFileSync('public/data/wall.json', 'utf8'));

  it('uses the "default" playlist when the URL names no screen, and after an unknown one', () => {
    const f = parseWallFile({ ...raw(), screens: { ...raw().screens, default: ['tren'] } });
    expect(resolveWallConfig(f, new URLSearchParams()).pages.map((p) => p.id)).toEqual(['tren']);
    const cfg = resolveWallConfig(f, new URLSearchParams('screen=nope'));
    expect(cfg.pages.map((p) => p.id)).toEqual(['tren']);
    expect(cfg.notes).toEqual(['screen="nope" tidak dikenal; memakai daftar bawaan']);
    // pages= wins over screen=
    expect(resolveWallConfig(f, new URLSearchParams('screen=peta&pages=repeater')).pages.map((p) => p.id)).toEqual([
      'repeater',
    ]);
  });

  it('says in Indonesian what was expected and what was found', () => {
    const problems = (json: unknown) => {
      try {
        parseWallFile(json);
        return [];
      } catch (e) {
        return (e as WallConfigError).problems;
      }
    };
    expect(
      problems({
        version: 2,
        dwell_seconds: 'lama',
        poll_seconds: 1,
        theme: 'pink',
        quiet_hour: 25,
        dwell: 10,
        pages: [
          { id: 'a', title: { id: 'x' }, panels: ['kpis', 'kpis', 'kpis', 'kpis', 'kpis'], spotlight: 'desa' },
          { id: 'b', title: { id: 'x', en: 'x' }, panels: ['pie-chart'] },
        ],
      }),
    ).toEqual([
      'version: harus 1, bukan 2',
      'dwell_seconds: harus angka, bukan "lama"',
      'poll_seconds: minimal 5, bukan 1',
      'theme: harus salah satu dari "dark", "light"; bukan "pink"',
      'quiet_hour: maksimal 23, bukan 25',
      'pages.0.title.en: wajib diisi (teks)',
      'pages.0.panels: maksimal 4 panel per halaman',
      'pages.0: kunci tidak dikenal: spotlight (periksa ejaan; lihat docs/wall-setup.md)',
      `pages.1.panels.0: harus salah satu dari ${PANEL_IDS.map((id) => JSON.stringify(id)).join(', ')}; bukan "pie-chart"`,
      '(akar): kunci tidak dikenal: dwell (periksa ejaan; lihat docs/wall-setup.md)',
    ]);
  });

  it('shows all regencies as one page (small multiples), not one page per regency', () => {
    const f = parseWallFile(raw());
    expect(f.pages.filter((p) => p.panels.includes('regency-spotlight')).map((p) => p.id)).toEqual(['sorotan']);
    // The former per-regency stepping is gone: an old file's key is named, not silently ignored.
    const old = {
      version: 1,
      pages: [{ id: 'a', title: { id: 'x', en: 'x' }, panels: ['kpis'], spotlight: 'regencies' }],
    };
    expect(() => parseWallFile(old)).toThrow(/pages\.0: kunci tidak dikenal: spotlight/);
  });
});
