// The sites-down panel's pure model and table from hand-written listing rows and a sites_down figure.
import { describe, expect, it } from 'vitest';
import type { Row } from '../../data/rows.ts';
import { NO_FILTERS } from '../../filters/filters.ts';
import { i18n } from '../../i18n/i18n.ts';
import { resolve } from '../../indicators/catalog.ts';
import { toFigures } from '../../indicators/results.ts';
import { countCell, silentText, toModel, toTable } from './model.ts';

const row = (site_id: string, days: number | null, last: string | null, regency: string, programme: string): Row => ({
  site_id,
  village_code: '15.02.01.2001',
  village_name: `Desa ${site_id}`,
  district_name: 'Kec',
  regency_code: '15.02',
  regency_name: regency,
  programme,
  technology: 'VSAT',
  status: 'offline',
  last_date: last,
  days_silent: days,
  as_of: '2026-11-27',
});

const ROWS = [
  row('IDD23-057', 95, '2026-08-24', 'Merangin', 'Dumisake Internet Desa'),
  row('IDB22-119', 54, '2026-10-04', 'Tebo', 'BAKTI Internet Desa'),
  row('BTS23-03', null, null, 'Kerinci', 'BAKTI BTS 4G'),
];
const figure = (value: number) =>
  toFigures(resolve({ indicator: 'sites_down', filters: NO_FILTERS }), [{ value }], '2026-11-27');
const id = { lang: 'id' as const, t: i18n.getFixedT('id') };
const en = { lang: 'en' as const, t: i18n.getFixedT('en') };

describe('sites-down model', () => {
  it('keeps the listing order and reads days silent, last date and the as-of date', () => {
    const m = toModel(figure(3), ROWS, 7);
    expect(m.sites.map((s) => [s.siteId, s.daysSilent, s.lastDate, s.regencyName])).toEqual([
      ['IDD23-057', 95, '2026-08-24', 'Merangin'],
      ['IDB22-119', 54, '2026-10-04', 'Tebo'],
      ['BTS23-03', null, null, 'Kerinci'],
    ]);
    expect(m.asOf).toBe('2026-11-27');
  });

  it('puts the indicator on the count only when it counts the listed sites', () => {
    // Same threshold (7) and same count (3): the number carries sites_down's attributes.
    expect(countCell(toModel(figure(3), ROWS, 7), 'id')).toEqual({
      text: '3',
      attrs: { 'data-indicator': 'sites_down', 'data-period': '2026-11-27', 'data-scope': '', 'data-value': '3' },
    });
    // Another threshold (wall.json), or a figure that disagrees (another data version): the plain count.
    expect(countCell(toModel(figure(3), ROWS, 14), 'id')).toEqual({ text: '3' });
    expect(countCell(toModel(figure(4), ROWS, 7), 'id')).toEqual({ text: '3' });
    expect(countCell(toModel(undefined, [], 7), 'id')).toEqual({ text: '0' });
  });

  it('says days silent in words, and "no telemetry" for a site that never reported', () => {
    const m = toModel(figure(3), ROWS, 7);
    expect(m.sites.map((s) => silentText(s, id.t, 'id'))).toEqual(['95 hari', '54 hari', 'tanpa telemetri']);
    expect(m.sites.map((s) => silentText(s, en.t, 'en'))).toEqual(['95 days', '54 days', 'no telemetry']);
  });

  it('tabulates every site with its days, regency, programme and last telemetry day', () => {
    const table = toTable(toModel(figure(3), ROWS, 7), id);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Hari tanpa data',
      'Kode titik',
      'Desa',
      'Kabupaten/kota',
      'Program',
      'Status',
      'Telemetri terakhir',
    ]);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['95 hari', 'IDD23-057', 'Desa IDD23-057', 'Merangin', 'Dumisake Internet Desa', 'Offline', '24 Agu 2026'],
      ['54 hari', 'IDB22-119', 'Desa IDB22-119', 'Tebo', 'BAKTI Internet Desa', 'Offline', '4 Okt 2026'],
      ['tanpa telemetri', 'BTS23-03', 'Desa BTS23-03', 'Kerinci', 'BAKTI BTS 4G', 'Offline', '–'],
    ]);
  });
});
