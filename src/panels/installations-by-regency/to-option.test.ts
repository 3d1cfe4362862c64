// Pure rows → option/table, on inline rows, without a DOM.
import type { Row } from '../../data/rows.ts';
import { toModel, toOption, toTable } from './to-option.ts';

const rows: Row[] = [
  { regency_code: '15.01', regency_name: 'Kerinci', year: 2023, sites: 12 },
  { regency_code: '15.02', regency_name: 'Merangin', year: 2023, sites: 20 },
  { regency_code: '15.02', regency_name: 'Merangin', year: 2024, sites: 1234 },
  { regency_code: '15.71', regency_name: '<img src=x onerror=alert(1)>', year: null, sites: 0 },
];
const ctx = {
  lang: 'id' as const,
  yearLabel: (y: number) => `Tahun ${y}`,
  totalLabel: 'Total',
  ariaDescription: 'desc',
  regencyLabel: 'Kabupaten/kota',
};

describe('installations to-option', () => {
  const model = toModel(rows);

  it('sorts regencies by total, largest first, and keeps regencies without sites', () => {
    expect(model.regencies.map((r) => [r.name, r.total])).toEqual([
      ['Merangin', 1254],
      ['Kerinci', 12],
      ['<img src=x onerror=alert(1)>', 0],
    ]);
  });

  it('draws one stacked series per year with zeros where a regency has none', () => {
    const option = toOption(model, ctx) as {
      series: { name: string; stack: string; data: number[] }[];
      yAxis: { data: string[] };
      aria: { enabled: boolean };
    };
    expect(option.aria.enabled).toBe(true);
    expect(option.yAxis.data).toEqual(['Merangin', 'Kerinci', '<img src=x onerror=alert(1)>']);
    expect(option.series.map((s) => [s.name, s.stack, s.data])).toEqual([
      ['Tahun 2023', 'installed', [20, 12, 0]],
      ['Tahun 2024', 'installed', [1234, 0, 0]],
    ]);
  });

  it('escapes data text in the tooltip HTML', () => {
    const option = toOption(model, ctx) as { tooltip: { formatter: (p: unknown) => string } };
    const html = option.tooltip.formatter([{ dataIndex: 2 }]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(option.tooltip.formatter([{ dataIndex: 0 }])).toContain('Tahun 2024: <b>1.234</b>');
  });

  it('tables exactly the drawn figures, formatted in Indonesian', () => {
    const table = toTable(model, ctx);
    expect(table.columns.map((c) => c.label)).toEqual(['Kabupaten/kota', 'Tahun 2023', 'Tahun 2024', 'Total']);
    expect(table.rows[0]?.cells).toEqual(['Merangin', '20', '1.234', '1.254']);
  });
});
