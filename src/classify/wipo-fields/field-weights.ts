import { normaliseClassificationSymbol } from '../../domain/classification-symbol.js';
import type { TechnologyField } from './load-concordance.js';
import { technologyFieldOf } from './technology-field-of.js';

/** A publication's share of one field. */
export interface FieldWeight extends TechnologyField {
  /** Whole counting: the publication counts once in every field it maps to (field sums exceed totals). */
  wholeWeight: 1;
  /** Fractional counting: this field's symbols / all mapped symbols; a publication's weights sum to 1. */
  fractionalWeight: number;
  /** Distinct symbols of the publication in this field. */
  symbols: number;
}

export interface FieldWeights {
  /** By field number. */
  fields: FieldWeight[];
  /** Symbols with no field (or not a symbol at all), as given; they do not count in the weights. */
  unmapped: string[];
}

/**
 * Whole and fractional field weights of one publication's IPC symbols. A symbol repeated (e.g. with two
 * versions) counts once, so that a source listing it twice does not shift the shares.
 */
export function fieldWeights(symbols: readonly string[]): FieldWeights {
  const seen = new Set<string>();
  const counts = new Map<number, { field: TechnologyField; symbols: number }>();
  const unmapped: string[] = [];
  for (const raw of symbols) {
    const symbol = normaliseClassificationSymbol(raw) ?? raw;
    if (seen.has(symbol)) continue;
    seen.add(symbol);
    const field = technologyFieldOf(symbol);
    if (!field) {
      unmapped.push(raw);
      continue;
    }
    const count = counts.get(field.fieldNr) ?? { field, symbols: 0 };
    count.symbols += 1;
    counts.set(field.fieldNr, count);
  }
  const mapped = [...counts.values()].reduce((sum, c) => sum + c.symbols, 0);
  const fields = [...counts.values()]
    .sort((a, b) => a.field.fieldNr - b.field.fieldNr)
    .map(({ field, symbols: n }) => ({
      ...field,
      wholeWeight: 1 as const,
      fractionalWeight: n / mapped,
      symbols: n,
    }));
  return { fields, unmapped };
}
