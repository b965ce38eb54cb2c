import { didYouMean } from '../../domain/did-you-mean.js';
import { asList, asRecord } from './check-taxonomy-rules.js';
import type { PathProblem, PathSegment } from './yaml-position.js';

type Path = readonly PathSegment[];
type Category = { index: number; id: string | null; parent: string | null; record: Record<string, unknown> };

/**
 * Check how the categories fit together: unique category and rule ids, no category named like the root,
 * parents that exist and form no cycle, fallback categories that have a parent and no rules. `lineOf`
 * places the other occurrence of a duplicate in the message.
 */
export function checkTaxonomyStructure(data: unknown, lineOf: (path: Path) => number): PathProblem[] {
  const root = asRecord(asRecord(data)?.root);
  const rootId = typeof root?.id === 'string' ? root.id : null;
  const categories = asList(asRecord(data)?.categories).flatMap((value, index): Category[] => {
    const record = asRecord(value);
    if (!record) return [];
    const id = typeof record.id === 'string' ? record.id : null;
    return [{ index, id, parent: typeof record.parent === 'string' ? record.parent : null, record }];
  });
  return [
    ...checkCategoryIds(categories, rootId, lineOf),
    ...checkParents(categories, rootId),
    ...checkFallbacks(categories),
    ...checkRuleIds(root, categories, lineOf),
  ];
}

function checkCategoryIds(categories: Category[], rootId: string | null, lineOf: (path: Path) => number) {
  const problems: PathProblem[] = [];
  const first = new Map<string, Path>();
  for (const { index, id } of categories) {
    if (id === null) continue;
    const path = ['categories', index, 'id'];
    const earlier = first.get(id);
    if (earlier)
      problems.push({ path, reason: `duplicate category id "${id}" (also on line ${lineOf(earlier)})` });
    else first.set(id, path);
    if (id === rootId)
      problems.push({ path, reason: `"${id}" is the id of the root: a category needs another id` });
  }
  return problems;
}

function checkParents(categories: Category[], rootId: string | null): PathProblem[] {
  const problems: PathProblem[] = [];
  const parentOf = new Map<string, string | null>();
  for (const { id, parent } of categories) if (id !== null && !parentOf.has(id)) parentOf.set(id, parent);
  const ids = [...parentOf.keys()];
  for (const { index, parent } of categories) {
    const path = ['categories', index, 'parent'];
    if (parent !== null && parent === rootId) {
      problems.push({ path, reason: `"${parent}" is the root: leave out parent for a top-level category` });
    } else if (parent !== null && !parentOf.has(parent)) {
      const close = didYouMean(parent, ids);
      const suggestion = close ? ` (did you mean "${close}"?)` : '';
      problems.push({ path, reason: `no category has the id "${parent}"${suggestion}` });
    }
  }
  const reported = new Set<string>();
  for (const { index, id } of categories) {
    if (id === null || reported.has(id)) continue;
    const cycle = cycleFrom(id, parentOf);
    if (!cycle) continue;
    for (const member of cycle) reported.add(member);
    problems.push({
      path: ['categories', index, 'parent'],
      reason: `the parents form a cycle: ${[...cycle, cycle[0]].join(' -> ')}`,
    });
  }
  return problems;
}

/** The cycle that `id` is part of, starting with `id`, or null when its parent chain ends. */
function cycleFrom(id: string, parentOf: ReadonlyMap<string, string | null>): string[] | null {
  const chain: string[] = [];
  for (let current: string | null | undefined = id; current; current = parentOf.get(current)) {
    if (current === id && chain.length > 0) return chain;
    if (chain.includes(current)) return null;
    chain.push(current);
  }
  return null;
}

function checkFallbacks(categories: Category[]): PathProblem[] {
  const problems: PathProblem[] = [];
  for (const { index, record } of categories) {
    if (record.fallback !== true) continue;
    if (asList(record.rules).length > 0) {
      problems.push({
        path: ['categories', index],
        key: 'rules',
        reason: 'a fallback category has no rules: it takes the root publications that no sibling takes',
      });
    }
    if (record.parent === undefined) {
      problems.push({
        path: ['categories', index],
        key: 'fallback',
        reason: 'a fallback category needs a parent: it takes what the other children of that parent do not',
      });
    }
  }
  return problems;
}

function checkRuleIds(
  root: Record<string, unknown> | null,
  categories: Category[],
  lineOf: (path: Path) => number,
): PathProblem[] {
  const rules = [
    ...asList(root?.rules).map((rule, r) => ({ rule, path: ['root', 'rules', r] })),
    ...categories.flatMap(({ index, record }) =>
      asList(record.rules).map((rule, r) => ({ rule, path: ['categories', index, 'rules', r] })),
    ),
  ];
  const problems: PathProblem[] = [];
  const first = new Map<string, Path>();
  for (const { rule, path: rulePath } of rules) {
    const id = asRecord(rule)?.id;
    if (typeof id !== 'string') continue;
    const path = [...rulePath, 'id'];
    const earlier = first.get(id);
    if (earlier)
      problems.push({ path, reason: `duplicate rule id "${id}" (also on line ${lineOf(earlier)})` });
    else first.set(id, path);
  }
  return problems;
}
