import { readFileSync } from 'node:fs';
import { PatlasError } from '../../domain/patlas-error.js';
import { parsePublicationNumber, publicationKeyWithoutKind } from '../../domain/publication-number.js';
import type { Store } from '../../store/open-store.js';
import type { SeedDefinition } from './seed-definition.js';

export interface ResolvedSeed {
  /** Publications of the store in the seed (temp table `learned_seed`). */
  publications: number;
  /** Seed-file lines that name no publication of the store (or no publication number at all). */
  unknown: number;
  /** The first few of them, as written. */
  unknownExamples: string[];
  /** Distinct numbers the file listed (0 for a taxonomy seed). */
  listed: number;
}

/**
 * Fill the temp table `learned_seed` with the seed's publications. Numbers from a file match whatever kind
 * the store holds (`US7849036` finds `US7849036B2`; `EP1234567A1` also finds its B1). An empty seed is a
 * `not-found` error that says how to get one.
 */
export async function resolveSeed(store: Store, seed: SeedDefinition): Promise<ResolvedSeed> {
  await store.run('CREATE OR REPLACE TEMP TABLE learned_seed (publication_number VARCHAR NOT NULL)');
  const result = seed.kind === 'file' ? await fromFile(store, seed.file) : await fromLabels(store, seed);
  if (result.publications === 0) throw emptySeed(seed, result);
  return result;
}

async function fromLabels(store: Store, seed: SeedDefinition & { kind: 'taxonomy' }): Promise<ResolvedSeed> {
  await store.run(
    `INSERT INTO learned_seed SELECT DISTINCT publication_number FROM labels
     WHERE taxonomy_id = ? AND (?::VARCHAR IS NULL OR category_id = ?::VARCHAR)`,
    [seed.taxonomyId, seed.categoryId, seed.categoryId],
  );
  return { publications: await countSeed(store), unknown: 0, unknownExamples: [], listed: 0 };
}

async function fromFile(store: Store, file: string): Promise<ResolvedSeed> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new PatlasError('file-not-found', `${file}: cannot read the seed file`, { cause: error });
  }
  const keys = new Map<string, string>();
  const unparsed: string[] = [];
  for (const line of text.split(/\r?\n|\r/)) {
    const raw = line.replace(/#.*/, '').trim();
    if (raw === '') continue;
    const id = parsePublicationNumber(raw);
    if (id) keys.set(publicationKeyWithoutKind(id), raw);
    else unparsed.push(raw);
  }
  await store.run(
    `INSERT INTO learned_seed SELECT DISTINCT p.publication_number FROM publications p
     WHERE p.country || p.doc_number IN (SELECT unnest(from_json(?, '["VARCHAR"]')))`,
    [JSON.stringify([...keys.keys()])],
  );
  const found = await store.all<{ key: string }>(
    `SELECT DISTINCT p.country || p.doc_number AS key FROM publications p JOIN learned_seed USING (publication_number)`,
  );
  for (const { key } of found) keys.delete(key);
  const unknown = [...unparsed, ...keys.values()];
  return {
    publications: await countSeed(store),
    unknown: unknown.length,
    unknownExamples: unknown.slice(0, 5),
    listed: keys.size + found.length + unparsed.length,
  };
}

async function countSeed(store: Store): Promise<number> {
  return (await store.one<{ n: number }>('SELECT count(*) AS n FROM learned_seed'))?.n ?? 0;
}

function emptySeed(seed: SeedDefinition, result: ResolvedSeed): PatlasError {
  if (seed.kind === 'file') {
    return new PatlasError(
      'not-found',
      `none of the ${result.listed} numbers in ${seed.file} is in the store`,
      {
        hint: `e.g. ${result.unknownExamples.slice(0, 3).join(', ') || 'the file is empty'}; ingest them first, or check the spelling (one number per line)`,
      },
    );
  }
  const label = seed.categoryId === null ? seed.taxonomyId : `${seed.taxonomyId}:${seed.categoryId}`;
  return new PatlasError('not-found', `no publication has label ${label}`, {
    hint: `run \`patlas classify --taxonomy ${seed.taxonomyId}\` first`,
  });
}
