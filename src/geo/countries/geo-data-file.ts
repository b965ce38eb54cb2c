import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The path of a shipped `data/geo` file, found by walking up from this module (src or dist). */
export function geoDataFile(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (true) {
    const candidate = join(dir, 'data', 'geo', name);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`data/geo/${name} not found above the Patlas modules`);
    dir = parent;
  }
}

/**
 * Rows of a shipped geo table: `#` comment lines and the header skipped, fields split on commas.
 * The tables are ours and quote-free; a row with fewer fields than the header is a packaging error.
 */
export function readGeoTable(name: string): string[][] {
  const lines = readFileSync(geoDataFile(name), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
  const width = (lines[0] ?? '').split(',').length;
  return lines.slice(1).map((line, index) => {
    const fields = line.split(',').map((field) => field.trim());
    if (fields.length < width)
      throw new Error(`data/geo/${name}: row ${index + 1} has ${fields.length} of ${width} fields`);
    return fields;
  });
}
