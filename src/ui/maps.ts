// Map registration lives in ui (the only layer that touches ECharts). Features are matched by their `code`
// property (nameProperty), never by free-text names.
import { echarts } from './echarts-setup.ts';

export interface GeoJsonLike {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: Record<string, unknown>; geometry: unknown }[];
}

const registered = new Set<string>();
let support: Promise<void> | null = null;

/** Loads the map chart parts of ECharts (a separate chunk, so the first paint does not carry them). */
export function loadMapSupport(): Promise<void> {
  support ??= import('./echarts-map-parts.ts').then(() => undefined);
  return support;
}

/** Registers a GeoJSON once under `name`; series then use `map: name`, `nameProperty: 'code'`, `aspectScale: 1`. */
export function ensureMap(name: string, geojson: GeoJsonLike): void {
  if (registered.has(name)) return;
  // biome-ignore lint/suspicious/noExplicitAny: ECharts' GeoJSON type is stricter than the parsed JSON
  echarts.registerMap(name, geojson as any);
  registered.add(name);
}
