import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PatlasError } from '../../domain/patlas-error.js';
import { type LoadedTaxonomy, loadTaxonomy } from './load-taxonomy.js';

/**
 * Load a taxonomy by name or path: a bare name (`wipo2019`, `techstack`, `aipd`, `cnipa-sei`) is a shipped
 * taxonomy, `data/taxonomies/<name>.yaml`; anything with a `/`, `\` or an extension is a file path.
 * @example resolveTaxonomy('wipo2019'); resolveTaxonomy('./my-drones.yaml')
 */
export function resolveTaxonomy(nameOrFile: string, shippedDir = shippedTaxonomyDirectory()): LoadedTaxonomy {
  if (/[/\\]/.test(nameOrFile) || extname(nameOrFile) !== '') return loadTaxonomy(nameOrFile);
  const names = shippedTaxonomyNames(shippedDir);
  if (!names.includes(nameOrFile)) {
    const shipped = names.length > 0 ? names.join(', ') : 'none';
    throw new PatlasError('usage', `unknown taxonomy "${nameOrFile}" (shipped taxonomies: ${shipped})`, {
      hint: `give a file path for your own taxonomy, e.g. ./${nameOrFile}.yaml`,
    });
  }
  return loadTaxonomy(join(shippedDir, `${nameOrFile}.yaml`));
}

/** The names of the shipped taxonomies (the `.yaml` files of the directory), sorted. */
export function shippedTaxonomyNames(shippedDir = shippedTaxonomyDirectory()): string[] {
  return readdirSync(shippedDir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'))
    .map((entry) => entry.name.slice(0, -'.yaml'.length))
    .sort();
}

/** `data/taxonomies` of the installed package, found by walking up from this module (src or dist). */
export function shippedTaxonomyDirectory(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (true) {
    const candidate = join(dir, 'data', 'taxonomies');
    if (existsSync(candidate) && statSync(candidate).isDirectory()) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('data/taxonomies not found above the Patlas modules');
    dir = parent;
  }
}
