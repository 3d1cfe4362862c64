import { readFileSync } from 'node:fs';
import { parseWallFile, resolveWallConfig, WallConfigError } from './wall-config.ts';

const file = parseWallFile(JSON.parse(readFileSync('public/data/wall.json', 'utf8')));

describe('wall config', () => {
  it('accepts the shipped wall.json', () => {
    expect(file.pages.map((p) => p.id)).toEqual(['ringkasan', 'wilayah', 'tren', 'repeater', 'sorotan']);
    const cfg = resolveWallConfig(file, new URLSearchParams());
    expect(cfg.notes).toEqual([]);
    expect(cfg.pollSeconds).toBe(300);
    expect(cfg.dwell(file.pages[0]!)).toBe(30);
    expect(cfg.dwell(file.pages[4]!)).toBe(15);
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
    expect(cfg.pages).toHaveLength(5);
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
