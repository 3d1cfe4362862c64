// The SQL console's example queries (SQL over contract tables lives in src/data and src/indicators, never in views).
import type { UploadedTable } from './user-tables.ts';

export const EXAMPLE_PER_REGENCY = `SELECT r.name AS kabupaten_kota, count(s.site_id) AS titik
FROM regencies r
LEFT JOIN villages v ON v.regency_code = r.regency_code
LEFT JOIN sites s ON s.village_code = v.village_code
GROUP BY r.name
ORDER BY titik DESC`;

/** Sites per regency and technology, one column per technology (DuckDB's PIVOT). */
export const EXAMPLE_PIVOT = `PIVOT (
  SELECT r.name AS kabupaten_kota, s.technology
  FROM sites s
  JOIN villages v ON v.village_code = s.village_code
  JOIN regencies r ON r.regency_code = v.regency_code
) ON technology USING count(*)
ORDER BY kabupaten_kota`;

/** An example joining an upload with villages by its village code column (when it has one). */
export function uploadExample(u: UploadedTable): string {
  const code =
    u.columns.find((c) => c.name === 'village_code') ??
    u.columns.find((c) => /(kode|code|kd)/.test(c.name) && c.sql === 'VARCHAR');
  if (!code) return `SELECT * FROM ${u.table} LIMIT 100`;
  return `SELECT u.*, v.name AS desa, v.regency_code
FROM ${u.table} u
LEFT JOIN villages v ON v.village_code = u.${code.name}
LIMIT 100`;
}
