import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A shipped file under the repository's `data/` directory (e.g. `harmonize/cn_applicant_suffixes.json`,
 * `applicant-groups.yaml`), found by walking up from this module so it works from src and from dist.
 */
export function shippedDataFile(relative: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (true) {
    const candidate = join(dir, 'data', relative);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`data/${relative} not found above the Patlas modules`);
    dir = parent;
  }
}
