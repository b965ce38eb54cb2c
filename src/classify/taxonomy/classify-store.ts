import { createHash } from 'node:crypto';
import type { DuckDBAppender } from '@duckdb/node-api';
import { type Store, storeError } from '../../store/open-store.js';
import type { ClassifiableDocument } from './classifiable-document.js';
import { compileTaxonomy, GENERIC_TERMS_RULE, type LabelHit } from './compile-taxonomy.js';
import { readClassifiableDocuments } from './read-classifiable-documents.js';
import type { TaxonomyFile } from './taxonomy-schema.js';

export interface TaxonomySource {
  /** The file the taxonomy was read from, and its text (hashed into the stored definition). */
  file: string;
  text: string;
  taxonomy: TaxonomyFile;
}

/** Publications per rule: how often each rule (or generic terms, child, fallback) put a label. */
export interface RuleHitCount {
  categoryId: string;
  method: LabelHit['method'];
  ruleId: string | null;
  publications: number;
}

export interface ClassifyResult {
  taxonomy: string;
  version: string;
  rootId: string;
  publications: number;
  /** Publications with at least one label of the taxonomy. */
  labelled: number;
  /** Publications with no text and no IPC/CPC symbol: nothing a rule could look at. */
  withoutTextOrCodes: number;
  /** Publications per category id (the root included), in the taxonomy's order. */
  categories: Record<string, number>;
  rules: RuleHitCount[];
}

export type ClassifyProgress = (done: number, total: number) => void;

/**
 * Classify every publication of the store with a taxonomy and store the labels: the taxonomy's previous
 * labels (any version) are replaced in one transaction, so an interrupted run leaves the store as it was.
 */
export async function classifyStore(
  store: Store,
  source: TaxonomySource,
  patlasVersion: string,
  onProgress?: ClassifyProgress,
): Promise<ClassifyResult> {
  const { taxonomy } = source;
  const classifier = compileTaxonomy(taxonomy);
  const total = Number((await store.one<{ n: number }>('SELECT count(*) AS n FROM publications'))?.n ?? 0);
  const categoryCounts = new Map<string, number>([[taxonomy.root.id, 0]]);
  for (const c of taxonomy.categories) categoryCounts.set(c.id, 0);
  const ruleCounts = new Map<string, RuleHitCount>();
  for (const rule of definedRules(taxonomy))
    ruleCounts.set(ruleKey(rule.categoryId, rule.method, rule.ruleId), rule);
  let labelled = 0;
  let withoutTextOrCodes = 0;
  let done = 0;

  await store.run('BEGIN TRANSACTION');
  try {
    await store.run('CREATE OR REPLACE TEMP TABLE stage_labels AS SELECT * FROM labels LIMIT 0');
    const appender = await store.connection.createAppender('stage_labels', 'main', 'temp');
    for await (const documents of readClassifiableDocuments(store)) {
      for (const document of documents) {
        const hits = classifier.classify(document);
        if (hits.length > 0) labelled += 1;
        if (isEmpty(document)) withoutTextOrCodes += 1;
        countHits(hits, categoryCounts, ruleCounts);
        appendHits(appender, document.publicationNumber, taxonomy, hits);
      }
      done += documents.length;
      onProgress?.(done, total);
    }
    appender.closeSync();
    await store.run('DELETE FROM labels WHERE taxonomy_id = ?', [taxonomy.id]);
    await store.run('INSERT INTO labels SELECT * FROM stage_labels');
    await store.run('DROP TABLE stage_labels');
    await store.run('DELETE FROM taxonomies WHERE taxonomy_id = ?', [taxonomy.id]);
    await store.run('INSERT INTO taxonomies VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, now()::TIMESTAMP, ?, ?, ?)', [
      taxonomy.id,
      taxonomy.version,
      taxonomy.name.en,
      taxonomy.name.zh,
      taxonomy.partial,
      taxonomy.root.id,
      source.file,
      JSON.stringify(taxonomy),
      createHash('sha1').update(source.text).digest('hex'),
      patlasVersion,
      done,
      labelled,
    ]);
    await store.run('COMMIT');
  } catch (error) {
    await store.run('ROLLBACK').catch(() => undefined);
    throw error;
  }
  return {
    taxonomy: taxonomy.id,
    version: taxonomy.version,
    rootId: taxonomy.root.id,
    publications: done,
    labelled,
    withoutTextOrCodes,
    categories: Object.fromEntries(categoryCounts),
    rules: [...ruleCounts.values()],
  };
}

function isEmpty(document: ClassifiableDocument): boolean {
  const { title, abstract, claims } = document.texts;
  return document.codes.length === 0 && title.length === 0 && abstract.length === 0 && claims.length === 0;
}

function countHits(
  hits: LabelHit[],
  categories: Map<string, number>,
  rules: Map<string, RuleHitCount>,
): void {
  const seenCategories = new Set<string>();
  const seenRules = new Set<string>();
  for (const hit of hits) {
    if (!seenCategories.has(hit.categoryId)) {
      seenCategories.add(hit.categoryId);
      categories.set(hit.categoryId, (categories.get(hit.categoryId) ?? 0) + 1);
    }
    const key = ruleKey(hit.categoryId, hit.method, hit.ruleId);
    if (seenRules.has(key)) continue;
    seenRules.add(key);
    const known = rules.get(key);
    if (known) known.publications += 1;
    else
      rules.set(key, { categoryId: hit.categoryId, method: hit.method, ruleId: hit.ruleId, publications: 1 });
  }
}

/** Every rule of the taxonomy at 0 hits, in the file's order, so rules that found nothing are listed too. */
function definedRules(taxonomy: TaxonomyFile): RuleHitCount[] {
  const zero = (categoryId: string, method: LabelHit['method'], ruleId: string | null) => ({
    categoryId,
    method,
    ruleId,
    publications: 0,
  });
  const root = taxonomy.root;
  return [
    ...root.rules.map((r) => zero(root.id, 'rule', r.id)),
    ...(root.generic_terms ? [zero(root.id, 'generic', GENERIC_TERMS_RULE)] : []),
    ...taxonomy.categories.flatMap((c) =>
      c.fallback ? [zero(c.id, 'fallback', null)] : c.rules.map((r) => zero(c.id, 'rule', r.id)),
    ),
  ];
}

function ruleKey(categoryId: string, method: LabelHit['method'], ruleId: string | null): string {
  return `${categoryId}\u001f${method}\u001f${ruleId ?? ''}`;
}

function appendHits(
  appender: DuckDBAppender,
  publicationNumber: string,
  taxonomy: TaxonomyFile,
  hits: LabelHit[],
) {
  try {
    for (const hit of hits) {
      appender.appendVarchar(publicationNumber);
      appender.appendVarchar(taxonomy.id);
      appender.appendVarchar(taxonomy.version);
      appender.appendVarchar(hit.categoryId);
      appender.appendVarchar(hit.method);
      appendText(appender, hit.ruleId);
      appendText(
        appender,
        hit.evidence.length ? [...new Set(hit.evidence.map((e) => e.field))].join(',') : null,
      );
      appendText(
        appender,
        hit.evidence.length ? hit.evidence.map((e) => `${e.field}: ${e.text}`).join(' | ') : null,
      );
      appender.appendNull();
      appender.endRow();
    }
  } catch (error) {
    throw storeError('append to stage_labels', error);
  }
}

function appendText(appender: DuckDBAppender, value: string | null): void {
  if (value === null) appender.appendNull();
  else appender.appendVarchar(value);
}
