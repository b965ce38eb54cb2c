import type { ClassifiableDocument } from './classifiable-document.js';
import { CodeIndex } from './code-index.js';
import { type CompiledKeywords, compileKeywords, DocumentView, type Evidence } from './document-view.js';
import { KeywordIndex } from './keyword-index.js';
import type { TaxonomyFile, TaxonomyRule, TextField } from './taxonomy-schema.js';

/** How a label came about; see the `labels` table in store/schema.ts. */
export type LabelMethod = 'rule' | 'generic' | 'child' | 'fallback';

/** One reason a publication is in a category: the rule (or child category) and its evidence. */
export interface LabelHit {
  categoryId: string;
  method: LabelMethod;
  /** The rule id (`rule`), `generic-terms` (`generic`), the child category id (`child`), or null (`fallback`). */
  ruleId: string | null;
  evidence: Evidence[];
}

export interface TaxonomyClassifier {
  readonly taxonomy: TaxonomyFile;
  classify(document: ClassifiableDocument): LabelHit[];
}

export const GENERIC_TERMS_RULE = 'generic-terms';
/** Evidence kept per rule: enough to explain a label without bloating the store. */
const EVIDENCE_LIMIT = 3;

interface CompiledRule {
  id: string;
  fields: readonly TextField[];
  codes: number | null;
  keywords: CompiledKeywords | null;
  requireCodes: number | null;
  requireKeywords: CompiledKeywords | null;
  excludeCodes: number | null;
  excludeKeywords: CompiledKeywords | null;
}

interface CompiledCategory {
  id: string;
  parent: string | null;
  rules: CompiledRule[];
}

/**
 * Compile a validated taxonomy (see docs/taxonomy-format.md) into a classifier of documents. Evaluation:
 * categories of scope `any`; the root (own rules, generic terms, those categories); categories of scope
 * `root` when the publication is in the root; parents of every assigned category; fallbacks; their parents.
 */
export function compileTaxonomy(taxonomy: TaxonomyFile): TaxonomyClassifier {
  const keywordIndex = new KeywordIndex();
  const codeIndex = new CodeIndex();
  const codes = (list: string[] | undefined) => (list?.length ? codeIndex.addList(list) : null);
  const words = (set: TaxonomyRule['keywords']) => (set ? compileKeywords(set, keywordIndex) : null);
  const rule = (r: TaxonomyRule): CompiledRule => ({
    id: r.id,
    fields: r.fields ?? taxonomy.fields,
    codes: codes(r.codes),
    keywords: words(r.keywords),
    requireCodes: codes(r.require_codes),
    requireKeywords: words(r.require_keywords),
    excludeCodes: codes(r.exclude_codes),
    excludeKeywords: words(r.exclude_keywords),
  });
  const category = (c: TaxonomyFile['categories'][number]): CompiledCategory => ({
    id: c.id,
    parent: c.parent ?? null,
    rules: c.rules.map(rule),
  });
  const standalone = taxonomy.categories.filter((c) => c.scope === 'any' && !c.fallback).map(category);
  const inRootOnly = taxonomy.categories.filter((c) => c.scope === 'root' && !c.fallback).map(category);
  const fallbacks = taxonomy.categories.filter((c) => c.fallback).map(category);
  const parentOf = new Map(taxonomy.categories.map((c) => [c.id, c.parent ?? null]));
  const rootRules = taxonomy.root.rules.map(rule);
  const generic = words(taxonomy.root.generic_terms);
  const rootId = taxonomy.root.id;

  return {
    taxonomy,
    classify(document) {
      const view = new DocumentView(document, keywordIndex, codeIndex);
      const hits: LabelHit[] = [];
      const assigned = new Set<string>();
      const add = (categoryId: string, method: LabelMethod, ruleId: string | null, evidence: Evidence[]) => {
        hits.push({ categoryId, method, ruleId, evidence: evidence.slice(0, EVIDENCE_LIMIT) });
        assigned.add(categoryId);
      };
      const applyRules = (categories: CompiledCategory[]) => {
        for (const c of categories) {
          for (const r of c.rules) {
            const evidence = ruleEvidence(r, view);
            if (evidence) add(c.id, 'rule', r.id, evidence);
          }
        }
      };
      const addParents = (categoryId: string) => {
        for (
          let child = categoryId, parent = parentOf.get(child);
          parent;
          child = parent, parent = parentOf.get(parent)
        ) {
          if (hits.some((h) => h.categoryId === parent && h.ruleId === child)) return;
          add(parent, 'child', child, []);
        }
      };

      applyRules(standalone);
      for (const r of rootRules) {
        const evidence = ruleEvidence(r, view);
        if (evidence) add(rootId, 'rule', r.id, evidence);
      }
      if (generic) {
        const evidence = view.keywords(generic, taxonomy.fields);
        if (evidence.length > 0) add(rootId, 'generic', GENERIC_TERMS_RULE, evidence);
      }
      if (taxonomy.root.from_categories) {
        for (const c of standalone) if (assigned.has(c.id)) add(rootId, 'child', c.id, []);
      }
      if (!assigned.has(rootId)) {
        for (const c of [...assigned]) addParents(c);
        return hits;
      }
      applyRules(inRootOnly);
      for (const c of [...assigned]) if (c !== rootId) addParents(c);
      for (const c of fallbacks) {
        const siblingAssigned = taxonomy.categories.some(
          (s) => s.parent === c.parent && s.id !== c.id && !s.fallback && assigned.has(s.id),
        );
        if (siblingAssigned) continue;
        add(c.id, 'fallback', null, []);
        addParents(c.id);
      }
      return hits;
    },
  };
}

/** The evidence that the rule holds, or null when it does not (see docs/taxonomy-format.md, Rules). */
function ruleEvidence(r: CompiledRule, view: DocumentView): Evidence[] | null {
  const evidence: Evidence[] = [];
  const code = (list: number | null) => (list === null ? undefined : view.code(list));
  const primaryCode = code(r.codes);
  if (primaryCode) evidence.push({ field: 'codes', text: primaryCode });
  if (r.keywords) evidence.push(...view.keywords(r.keywords, r.fields));
  if (evidence.length === 0) return null;
  if (r.requireCodes !== null) {
    const required = code(r.requireCodes);
    if (!required) return null;
    evidence.push({ field: 'codes', text: required });
  }
  if (r.requireKeywords) {
    const required = view.keywords(r.requireKeywords, r.fields);
    if (required.length === 0) return null;
    evidence.push(...required);
  }
  if (code(r.excludeCodes)) return null;
  if (r.excludeKeywords && view.keywords(r.excludeKeywords, r.fields).length > 0) return null;
  return evidence;
}
