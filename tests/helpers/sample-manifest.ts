// A small valid manifest for component tests.
import { CONTRACT, CONTRACT_VERSION, DATASET_IDS, SOURCE } from '../../src/data/contract.ts';
import { type Manifest, parseManifest } from '../../src/data/manifest.ts';

export function sampleManifest(asOf = '2026-11-27'): Manifest {
  return parseManifest({
    manifest_version: 1,
    generated_at: `${asOf}T00:00:00Z`,
    version: 'abcdef0123456789',
    as_of: asOf,
    datasets: DATASET_IDS.map((id) => ({
      id,
      contract_version: CONTRACT_VERSION,
      title: CONTRACT[id].meta.title,
      description: CONTRACT[id].meta.description,
      producer: SOURCE.producer,
      walidata: SOURCE.walidata,
      period: { start: '2021-01-01', end: asOf },
      unit: CONTRACT[id].meta.unit,
      frequency: CONTRACT[id].meta.frequency,
      stale_after_days: CONTRACT[id].meta.stale_after_days,
      license: SOURCE.license,
      attribution: SOURCE.attribution,
      as_of: asOf,
      row_count: 10,
      files: [{ path: `${id}.parquet`, format: 'parquet', bytes: 100, sha256: 'a'.repeat(64) }],
    })),
  });
}
