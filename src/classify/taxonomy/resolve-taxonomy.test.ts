import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PatlasError } from '../../domain/patlas-error.js';
import { resolveTaxonomy, shippedTaxonomyDirectory, shippedTaxonomyNames } from './resolve-taxonomy.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const goodDir = join(repoRoot, 'test/fixtures/taxonomies/good');

describe('resolveTaxonomy', () => {
  it('loads a bare name from the shipped directory', () => {
    const loaded = resolveTaxonomy('drones', goodDir);
    expect(loaded.file).toBe(join(goodDir, 'drones.yaml'));
    expect(loaded.taxonomy.id).toBe('drones');
  });

  it('takes anything with a slash, a backslash or an extension as a path', () => {
    expect(resolveTaxonomy(join(goodDir, 'drones.json'), goodDir).taxonomy.id).toBe('drones-json');
    // Relative to the working directory, not to the shipped directory.
    expect(() => resolveTaxonomy('drones.json', goodDir)).toThrow(/drones\.json: taxonomy file not found/);
    expect(() => resolveTaxonomy('good\\drones', goodDir)).toThrow(/taxonomy file not found/);
  });

  it('lists the shipped names when a name is unknown', () => {
    expect(shippedTaxonomyNames(goodDir)).toEqual(['bom', 'drones']);
    const attempt = () => resolveTaxonomy('drone', goodDir);
    expect(attempt).toThrow(PatlasError);
    expect(attempt).toThrow('unknown taxonomy "drone" (shipped taxonomies: bom, drones)');
  });

  it('finds data/taxonomies of the repository, from src or dist', () => {
    expect(shippedTaxonomyDirectory()).toBe(resolve(repoRoot, 'data/taxonomies'));
  });
});
