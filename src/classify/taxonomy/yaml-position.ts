import { type Document, isAlias, isMap, isNode, isScalar, isSeq, type LineCounter } from 'yaml';

/** A step into parsed data: a mapping key or a list index (as in a zod issue path). */
export type PathSegment = string | number;

/**
 * A problem found in a parsed file, placed by its data path. `key` names a field of the mapping at
 * `path` when the problem is that field's name (an unknown field): the line is then the key's line.
 */
export type PathProblem = { path: readonly PathSegment[]; key?: string; reason: string };

/** Where data paths lie in the YAML source: their line (1-based) and their source text. */
export type YamlLocator = {
  line(path: readonly PathSegment[], key?: string): number;
  source(path: readonly PathSegment[]): string | null;
};

type Found = { node: unknown; exact: boolean; keyOffset: number | null };

/** A locator over a parsed document; a missing node is placed at its nearest existing ancestor. */
export function yamlLocator(doc: Document, lineCounter: LineCounter, text: string): YamlLocator {
  const lineAt = (offset: number): number => Math.max(1, lineCounter.linePos(offset).line);
  return {
    line(path, key) {
      const found = find(doc, key === undefined ? path : [...path, key]);
      if (key !== undefined && found.exact && found.keyOffset !== null) return lineAt(found.keyOffset);
      return lineAt(startOf(found.node) ?? found.keyOffset ?? 0);
    },
    source(path) {
      const found = find(doc, path);
      const range = found.exact ? rangeOf(found.node) : null;
      return range ? text.slice(range[0], range[1]) : null;
    },
  };
}

/** Walk the node tree along the path, through aliases; stops at the last node that exists. */
function find(doc: Document, path: readonly PathSegment[]): Found {
  let node: unknown = doc.contents;
  let keyOffset: number | null = null;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) return { node, exact: false, keyOffset: null };
      keyOffset = startOf(pair.key);
      // `key:` with nothing after it: the key stands for the value.
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      node = node.items[segment];
      keyOffset = null;
    } else {
      return { node, exact: false, keyOffset: null };
    }
  }
  return { node, exact: true, keyOffset };
}

function rangeOf(node: unknown): readonly [number, number, number] | null {
  return isNode(node) ? (node.range ?? null) : null;
}

function startOf(node: unknown): number | null {
  return rangeOf(node)?.[0] ?? null;
}
