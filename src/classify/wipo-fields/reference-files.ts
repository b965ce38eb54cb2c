import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CONCORDANCE_FILE = 'wipo-ipc-technology-concordance.csv';
export const EXTENSIONS_FILE = 'wipo-field-extensions.json';

/** `data/reference` of the installed package, found by walking up from this module (src or dist). */
export function referenceDirectory(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (true) {
    const candidate = join(dir, 'data', 'reference');
    if (existsSync(join(candidate, CONCORDANCE_FILE))) return candidate;
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error(`data/reference/${CONCORDANCE_FILE} not found above the Patlas modules`);
    dir = parent;
  }
}
