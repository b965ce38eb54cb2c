import { parseClassificationSymbol } from '../../domain/classification-symbol.js';
import { type ConcordanceEntry, loadConcordance, type TechnologyField } from './load-concordance.js';

let lookup: Map<string, ConcordanceEntry> | null = null;

/** The validated concordance (table + extensions) by key, loaded on first use. */
export function concordanceEntries(): ReadonlyMap<string, ConcordanceEntry> {
  lookup ??= new Map(loadConcordance().map((e) => [e.key, e]));
  return lookup;
}

/**
 * The WIPO technology field of an IPC (or CPC) symbol: the main group's row first (`H04N21`), then the
 * subclass's (`G06N`); `null` when neither has one or the text is not a symbol.
 * @example technologyFieldOf('G06N 3/08') // { fieldNr: 6, fieldName: 'Computer technology', sector: ... }
 */
export function technologyFieldOf(symbol: string): TechnologyField | null {
  const parts = parseClassificationSymbol(symbol);
  if (!parts) return null;
  const entries = concordanceEntries();
  const entry =
    (parts.mainGroup === null ? undefined : entries.get(`${parts.subclass}${parts.mainGroup}`)) ??
    entries.get(parts.subclass);
  return entry ? { fieldNr: entry.fieldNr, fieldName: entry.fieldName, sector: entry.sector } : null;
}
