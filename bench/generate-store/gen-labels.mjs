// labels of the shipped techstack taxonomy for 30 % of families, shaped like `patlas classify` writes
// them (classify/taxonomy/compile-taxonomy.ts): a model- or foundation-layer leaf by its first rule, its
// layer by `child`, the root by `child` (those leaves have scope any), an application leaf by its first
// rule (or `fallback` for other-application) and the application layer by `child`; plus the taxonomies row
// as classify-store.ts writes it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolveTaxonomy } from '../../dist/classify/taxonomy/resolve-taxonomy.js';
import { lit, weighted } from './sql.mjs';

const MODEL_LEAVES = [
  ['computer-vision', 20],
  ['deep-learning', 15],
  ['nlp', 10],
  ['speech', 6],
  ['knowledge-graph', 4],
  ['recommendation', 5],
  ['large-models', 5],
  ['multimodal-generative', 4],
  ['ai-chips', 3],
  ['ai-frameworks', 2],
];
const APP_LEAVES = [
  ['other-application', 30],
  ['smart-industry', 12],
  ['smart-healthcare', 10],
  ['autonomous-driving', 9],
  ['smart-transport', 8],
  ['smart-finance', 8],
  ['security', 8],
  ['robotics', 6],
  ['smart-education', 4],
  ['intelligent-documents', 3],
  ['generative-search', 2],
];

export function loadTechstack() {
  const loaded = resolveTaxonomy('techstack');
  const { taxonomy } = loaded;
  const byId = new Map(taxonomy.categories.map((c) => [c.id, c]));
  for (const [id] of [...MODEL_LEAVES, ...APP_LEAVES])
    if (!byId.has(id))
      throw new Error(`techstack has no category ${id}: update bench/generate-store/gen-labels.mjs`);
  return { ...loaded, byId };
}

export function labelsSql(lo, hi, techstack) {
  const { taxonomy, byId } = techstack;
  const rule = (ids) =>
    `CASE leaf ${ids.map(([id]) => `WHEN '${id}' THEN ${lit(byId.get(id).rules[0]?.id ?? null)}`).join(' ')} END`;
  const parent = (ids) =>
    `CASE leaf ${ids.map(([id]) => `WHEN '${id}' THEN ${lit(byId.get(id).parent)}`).join(' ')} END`;
  const v = `'${taxonomy.id}', '${taxonomy.version}'`;
  return `INSERT INTO labels
    WITH p AS (SELECT publication_number, f FROM gen_pub WHERE idx >= ${lo} AND idx < ${hi} AND u(f, 90) < 0.3),
    m AS (SELECT publication_number, ${weighted(MODEL_LEAVES, 'u(f, 91)')} AS leaf FROM p),
    a AS (SELECT publication_number, ${weighted(APP_LEAVES, 'u(f, 92)')} AS leaf FROM p)
    SELECT publication_number, ${v}, leaf, 'rule', ${rule(MODEL_LEAVES)}, 'title', NULL, NULL FROM m
    UNION ALL SELECT publication_number, ${v}, ${parent(MODEL_LEAVES)}, 'child', leaf, NULL, NULL, NULL FROM m
    UNION ALL SELECT publication_number, ${v}, '${taxonomy.root.id}', 'child', leaf, NULL, NULL, NULL FROM m
    UNION ALL SELECT publication_number, ${v}, leaf, CASE WHEN leaf = 'other-application' THEN 'fallback' ELSE 'rule' END,
      ${rule(APP_LEAVES)}, CASE WHEN leaf = 'other-application' THEN NULL ELSE 'title' END, NULL, NULL FROM a
    UNION ALL SELECT publication_number, ${v}, ${parent(APP_LEAVES)}, 'child', leaf, NULL, NULL, NULL FROM a`;
}

export async function insertTaxonomyRow(store, techstack, publications) {
  const { taxonomy } = techstack;
  const version = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
  const labelled = await store.one(
    'SELECT count(DISTINCT publication_number)::INTEGER AS n FROM labels WHERE taxonomy_id = ?',
    [taxonomy.id],
  );
  await store.run('INSERT INTO taxonomies VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, now()::TIMESTAMP, ?, ?, ?)', [
    taxonomy.id,
    taxonomy.version,
    taxonomy.name.en,
    taxonomy.name.zh,
    taxonomy.partial,
    taxonomy.root.id,
    techstack.file,
    JSON.stringify(taxonomy),
    createHash('sha1').update(techstack.text).digest('hex'),
    version,
    publications,
    labelled.n,
  ]);
}
