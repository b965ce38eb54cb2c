import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The path of a shipped `data/reference` file, found by walking up from this module (src or dist). */
export function referenceFile(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (true) {
    const candidate = join(dir, 'data', 'reference', name);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`data/reference/${name} not found above the Patlas modules`);
    dir = parent;
  }
}
