import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ColumnMapping, loadColumnMapping } from './column-mapping.js';

/** `data/mappings` of the installed package, found by walking up from this module (src or dist). */
export function shippedMappingsDirectory(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (true) {
    const candidate = join(dir, 'data', 'mappings');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('data/mappings not found above the Patlas modules');
    dir = parent;
  }
}

/** The mappings shipped with Patlas (incoPat, PatSnap, generic English), validated. */
export async function loadShippedMappings(): Promise<ColumnMapping[]> {
  const dir = shippedMappingsDirectory();
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(files.map((f) => loadColumnMapping(join(dir, f))));
}
