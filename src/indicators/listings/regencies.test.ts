// The area listings run in DuckDB-WASM (Node build) over a fixture.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestEngine, type TestEngine } from '../../../tests/helpers/duckdb-node.ts';
import { districtsListing, regenciesListing, toAreaNames } from './regencies.ts';

let engine: TestEngine;

beforeAll(async () => {
  engine = await createTestEngine();
  engine.load('regencies', [
    { regency_code: '15.71', bps_code: '1571', name: 'Kota Jambi', type: 'Kota' },
    { regency_code: '15.01', bps_code: '1501', name: 'Kerinci', type: 'Kabupaten' },
    { regency_code: '15.02', bps_code: '1502', name: "Merangin'; DROP TABLE x; --", type: 'Kabupaten' },
  ]);
  const village = (code: string, district: string) => ({
    village_code: code,
    district_code: code.slice(0, 8),
    district_name: district,
    regency_code: code.slice(0, 5),
    name: `Desa ${code}`,
    kind: 'desa',
    isolated: false,
  });
  engine.load('villages', [
    village('15.01.20.2001', 'Bukitkerman'),
    village('15.01.20.2002', 'Bukitkerman'),
    village('15.01.01.2001', 'Gunung Raya'),
    village('15.02.01.2001', 'Jangkat'),
  ]);
});

describe('area listings (SQL in DuckDB-WASM)', () => {
  it('lists every regency by code, names as data', async () => {
    expect(toAreaNames(await engine.run(regenciesListing()))).toEqual([
      { code: '15.01', name: 'Kerinci' },
      { code: '15.02', name: "Merangin'; DROP TABLE x; --" },
      { code: '15.71', name: 'Kota Jambi' },
    ]);
  });

  it('lists the districts of one regency once each, with the names of the villages list', async () => {
    expect(toAreaNames(await engine.run(districtsListing('15.01')))).toEqual([
      { code: '15.01.01', name: 'Gunung Raya' },
      { code: '15.01.20', name: 'Bukitkerman' },
    ]);
    expect(await engine.run(districtsListing("15.01' OR '1'='1"))).toEqual([]);
  });
});
