import type { Lang } from '../chart-spec.js';
import { PALETTE } from '../chart-style.js';
import type { TaxonomyOutline } from './taxonomy-outline.js';

/**
 * A category's name in the chart's language: the Chinese name the row carries, else the taxonomy's, else the
 * English name of the row.
 */
export function categoryLabel(
  row: { category: string; name: string; nameZh?: string },
  outline: TaxonomyOutline | null,
  lang: Lang,
): string {
  if (lang === 'en') return row.name;
  return row.nameZh ?? outline?.names.get(row.category)?.zh ?? row.name;
}

/** The layer a category belongs to (itself when it is a layer), when the taxonomy has layers. */
export function layerOf(category: string, outline: TaxonomyOutline | null): string | null {
  if (!outline) return null;
  let current: string | undefined = category;
  for (let depth = 0; current && depth < 8; depth += 1) {
    if (outline.layers.includes(current)) return current;
    current = outline.parentOf.get(current);
  }
  return null;
}

/** One colour per layer, so a branch shows which layer it belongs to. */
export function layerColor(layer: string | null, outline: TaxonomyOutline | null): string | undefined {
  if (!layer || !outline) return undefined;
  return PALETTE[outline.layers.indexOf(layer) % PALETTE.length];
}

/** Whether a category is drawn as a branch: not the root, not a layer. */
export function isBranch(category: string, outline: TaxonomyOutline | null): boolean {
  return !outline || (category !== outline.rootId && !outline.layers.includes(category));
}
