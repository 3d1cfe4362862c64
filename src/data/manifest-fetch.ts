import { type Manifest, ManifestError, parseManifest } from './manifest.ts';

/** Fetches and validates manifest.json; every failure becomes a ManifestError with readable problems. */
export async function fetchManifest(url: string): Promise<Manifest> {
  let res: Response;
  try {
    res = await fetch(url, { cache: 'no-cache' });
  } catch (err) {
    throw new ManifestError('manifest.json tidak dapat diambil', [String(err)]);
  }
  if (!res.ok) throw new ManifestError('manifest.json tidak dapat diambil', [`HTTP ${res.status} untuk ${url}`]);
  let json: unknown;
  try {
    json = await res.json();
  } catch (err) {
    throw new ManifestError('manifest.json bukan JSON yang valid', [err instanceof Error ? err.message : String(err)]);
  }
  return parseManifest(json);
}
