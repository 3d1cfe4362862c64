// The real list of Jambi's regencies, districts and villages from the npm package idn-area-data (ODbL).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows, sqlString } from './duck.ts';

export const PROVINCE_CODE = '15';

export interface Regency {
  regency_code: string;
  bps_code: string;
  name: string;
  type: 'Kabupaten' | 'Kota';
}

export interface Village {
  village_code: string;
  district_code: string;
  district_name: string;
  regency_code: string;
  name: string;
  kind: 'desa' | 'kelurahan';
  isolated: boolean;
}

export function idnAreaDataDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('idn-area-data/package.json')), 'data');
}

/** "TANJUNG JABUNG BARAT" → "Tanjung Jabung Barat". */
export function titleCase(upper: string): string {
  return upper
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** "KABUPATEN KERINCI" → Kerinci / Kabupaten; "KOTA JAMBI" → Kota Jambi / Kota. */
export function regencyFromOfficialName(code: string, official: string): Regency {
  const bps_code = code.replace('.', '');
  if (official.startsWith('KABUPATEN ')) {
    return { regency_code: code, bps_code, name: titleCase(official.slice('KABUPATEN '.length)), type: 'Kabupaten' };
  }
  if (official.startsWith('KOTA ')) return { regency_code: code, bps_code, name: titleCase(official), type: 'Kota' };
  throw new Error(`unexpected regency name ${official} (${code})`);
}

/** Village kind from the code: the 4th segment starts with 1 (kelurahan) or 2 (desa). */
export function villageKind(code: string): 'desa' | 'kelurahan' {
  const first = code.split('.')[3]?.charAt(0);
  if (first === '1') return 'kelurahan';
  if (first === '2') return 'desa';
  throw new Error(`cannot tell desa from kelurahan for village code ${code}`);
}

/** Reads the package's CSVs with DuckDB (all text: codes stay strings) and returns province 15, sorted by code. */
export async function loadGeography(conn: DuckDBConnection): Promise<{ regencies: Regency[]; villages: Village[] }> {
  const dir = idnAreaDataDir();
  const csv = (file: string) => `read_csv(${sqlString(join(dir, file))}, header = true, all_varchar = true)`;
  const like = sqlString(`${PROVINCE_CODE}.%`);
  const regencyRows = await queryRows(
    conn,
    `SELECT code, name FROM ${csv('regencies.csv')} WHERE code LIKE ${like} ORDER BY code`,
  );
  const villageRows = await queryRows(
    conn,
    `SELECT v.code, v.district_code, d.name AS district_name, d.regency_code, v.name
       FROM ${csv('villages.csv')} v JOIN ${csv('districts.csv')} d ON d.code = v.district_code
      WHERE v.code LIKE ${like} ORDER BY v.code`,
  );
  const regencies = regencyRows.map((r) => regencyFromOfficialName(String(r.code), String(r.name)));
  const villages = villageRows.map(
    (r): Village => ({
      village_code: String(r.code),
      district_code: String(r.district_code),
      district_name: String(r.district_name),
      regency_code: String(r.regency_code),
      name: String(r.name),
      kind: villageKind(String(r.code)),
      isolated: false,
    }),
  );
  if (regencies.length !== 11)
    throw new Error(`expected 11 regencies under ${PROVINCE_CODE}, found ${regencies.length}`);
  if (villages.length !== 1585)
    throw new Error(`expected 1585 villages under ${PROVINCE_CODE}, found ${villages.length}`);
  return { regencies, villages };
}
