// Boundary files from public/data (copied from shared/data with their attribution). No ECharts here.
export interface Feature {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: unknown;
}
export interface FeatureCollection {
  type: 'FeatureCollection';
  features: Feature[];
}

const cache = new Map<string, Promise<FeatureCollection>>();

export function fetchGeoJson(url: string): Promise<FeatureCollection> {
  let p = cache.get(url);
  if (!p) {
    p = fetch(url).then(async (res) => {
      if (!res.ok) throw new Error(`HTTP ${res.status} untuk ${url}`);
      const json = (await res.json()) as FeatureCollection;
      if (json?.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
        throw new Error(`${url} bukan GeoJSON FeatureCollection`);
      }
      return json;
    });
    cache.set(url, p);
    p.catch(() => cache.delete(url));
  }
  return p;
}

/** The features whose property `key` equals `value` (e.g. the districts of one regency), as a new collection. */
export function featuresWhere(collection: FeatureCollection, key: string, value: string): FeatureCollection {
  return { type: 'FeatureCollection', features: collection.features.filter((f) => f.properties?.[key] === value) };
}
