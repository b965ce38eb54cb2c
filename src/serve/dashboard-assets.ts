import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WORLD_MAP_NAME, worldGeoJson } from '../charts/geography/world-map.js';

export interface Asset {
  type: string;
  body: Buffer;
}

// Both src/serve/ (tests) and dist/serve/ (the built CLI) sit two levels below the package root.
const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAGE_DIR = join(PACKAGE_ROOT, 'src/serve/dashboard');
const SCRIPT_DIR = join(PACKAGE_ROOT, 'dist/serve/dashboard');

/**
 * The dashboard's files by URL path, read once: the page, its stylesheet, ECharts from node_modules, the world
 * map the map charts name, and the compiled scripts (tsconfig.dashboard.json). Only these paths are served, so no request can name another file.
 * Null when the scripts are not built.
 */
export function loadDashboardAssets(): Map<string, Asset> | null {
  if (!existsSync(join(SCRIPT_DIR, 'main.js'))) return null;
  const echartsDir = dirname(createRequire(import.meta.url).resolve('echarts'));
  const assets = new Map<string, Asset>([
    ['/', { type: 'text/html; charset=utf-8', body: readFileSync(join(PAGE_DIR, 'index.html')) }],
    [
      '/assets/dashboard.css',
      { type: 'text/css; charset=utf-8', body: readFileSync(join(PAGE_DIR, 'dashboard.css')) },
    ],
    [
      '/assets/echarts.min.js',
      { type: 'text/javascript; charset=utf-8', body: readFileSync(join(echartsDir, 'echarts.min.js')) },
    ],
  ]);
  assets.set(`/assets/maps/${WORLD_MAP_NAME}.json`, {
    type: 'application/json; charset=utf-8',
    body: Buffer.from(JSON.stringify(worldGeoJson())),
  });
  for (const file of readdirSync(SCRIPT_DIR)) {
    if (!file.endsWith('.js')) continue;
    assets.set(`/assets/app/${file}`, {
      type: 'text/javascript; charset=utf-8',
      body: readFileSync(join(SCRIPT_DIR, file)),
    });
  }
  return assets;
}
