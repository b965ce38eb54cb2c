import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as echarts from 'echarts';
import type { FeatureCollection, Geometry } from 'geojson';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);

/** The name the world map is registered under, in the server renderer and (by the dashboard) in the browser. */
export const WORLD_MAP_NAME = 'patlas-world';

let geoJson: FeatureCollection<Geometry, { name: string }> | null = null;
let registered = false;

/**
 * Natural Earth 1:110m countries (world-atlas) as GeoJSON whose feature names are ISO alpha-2 codes, so map
 * data joins by code. The three features without an ISO numeric id (N. Cyprus, Somaliland, Kosovo) keep their
 * Natural Earth name and are drawn without data. Antarctica is left out: it only takes room.
 */
export function worldGeoJson(): FeatureCollection<Geometry, { name: string }> {
  if (geoJson) return geoJson;
  const topology = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'),
  ) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const features = collection.features
    .map((f) => {
      const iso2 = f.id === undefined ? undefined : countries.numericToAlpha2(String(f.id));
      return {
        ...f,
        geometry: unwrapAntimeridian(f.geometry),
        properties: { name: iso2 ?? f.properties.name },
      };
    })
    .filter((f) => f.properties.name !== 'AQ');
  geoJson = { type: 'FeatureCollection', features };
  return geoJson;
}

type Ring = number[][];

/**
 * Rings that cross the antimeridian (Russia's Chukotka, Fiji) jump from +180 to -180 and would be drawn as
 * lines across the whole map: their points are moved to the ring's side and clamped at the edge.
 */
function unwrapAntimeridian(geometry: Geometry): Geometry {
  const fixRing = (ring: Ring): Ring => {
    const crosses = ring.some((p, i) => i > 0 && Math.abs((p[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)) > 180);
    if (!crosses) return ring;
    const east = ring.reduce((s, p) => s + (p[0] ?? 0), 0) > 0;
    return ring.map(([lon = 0, lat = 0]) => [east && lon < 0 ? 180 : !east && lon > 0 ? -180 : lon, lat]);
  };
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(fixRing) };
  if (geometry.type === 'MultiPolygon') {
    return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(fixRing)) };
  }
  return geometry;
}

/** Registers the world map with ECharts once per process. */
export function registerWorldMap(): void {
  if (registered) return;
  // ECharts' GeoJSON type is its own; the shapes are standard GeoJSON.
  echarts.registerMap(WORLD_MAP_NAME, worldGeoJson() as unknown as Parameters<typeof echarts.registerMap>[1]);
  registered = true;
}
