import { normaliseClassificationSymbol } from '../../domain/classification-symbol.js';
import type { ClassificationEntry, ClassificationScheme } from '../../domain/patent-record.js';
import { classificationValue } from '../record-parts/classification-entry.js';
import { uniqueClassifications } from '../record-parts/unique-classifications.js';
import { childElements, find, findAll, textAt, textOf, type XmlElement } from '../xml/parse-xml-tree.js';
import { parseClassificationText, parseLegacyIpc } from './epo-classification-text.js';

/**
 * IPC and CPC symbols from `B500`:
 * - `B510EP/classification-ipcr` (2006 on): ST.8 text, see `parseClassificationText`.
 * - `B510` (up to 2005, IPC editions 1-7): `B511` main classification (first, inventive), `B512`
 *   further classifications (inventive), `B513` additional information and `B514`/`B515` indexing
 *   codes (additional); the edition `B516` becomes the version. `B517EP` repeats `B513` as
 *   display text and is not read.
 * - `B520EP/classifications-cpc/classification-cpc` (DTD 1.5.1): ST.8 text, CPC values I / A.
 * A symbol listed twice in one scheme is kept once, at its first (most significant) listing.
 */
export function readClassifications(b500: XmlElement | null): ClassificationEntry[] {
  if (!b500) return [];
  return uniqueClassifications([
    ...readLegacyIpc(find(b500, 'B510')),
    ...readSt8(findAll(b500, 'B510EP/classification-ipcr'), 'ipc'),
    ...readSt8(findAll(b500, 'B520EP/classifications-cpc/classification-cpc'), 'cpc'),
  ]);
}

function readSt8(elements: XmlElement[], scheme: ClassificationScheme): ClassificationEntry[] {
  const out: ClassificationEntry[] = [];
  for (const el of elements) {
    const text = textAt(el, 'text');
    const entry = text === null ? fromMarkup(el, scheme) : parseClassificationText(text, scheme);
    if (entry) out.push(entry);
  }
  return out;
}

/** The element-per-part form of ST.8 that the DTD allows besides `<text>`. */
function fromMarkup(el: XmlElement, scheme: ClassificationScheme): ClassificationEntry | null {
  const part = (name: string) => textAt(el, name) ?? '';
  const main = part('main-group');
  const raw = `${part('section')}${part('class')}${part('subclass')}${main ? `${main}/${part('subgroup')}` : ''}`;
  const symbol = normaliseClassificationSymbol(raw);
  if (symbol === null) return null;
  return {
    scheme,
    symbol,
    value: classificationValue(part('classification-value')),
    isFirst: part('symbol-position').toUpperCase() === 'F',
    version: textAt(el, 'ipc-version-indicator/date'),
  };
}

const LEGACY_ROLES: Record<string, { value: ClassificationEntry['value']; isFirst: boolean }> = {
  B511: { value: 'inventive', isFirst: true },
  B512: { value: 'inventive', isFirst: false },
  B513: { value: 'additional', isFirst: false },
  B514: { value: 'additional', isFirst: false },
  B515: { value: 'additional', isFirst: false },
};

function readLegacyIpc(b510: XmlElement | null): ClassificationEntry[] {
  if (!b510) return [];
  const version = textAt(b510, 'B516');
  const out: ClassificationEntry[] = [];
  for (const el of childElements(b510)) {
    const role = LEGACY_ROLES[el.name];
    const symbol = role ? parseLegacyIpc(textOf(el)) : null;
    if (role && symbol) out.push({ scheme: 'ipc', symbol, ...role, version });
  }
  return out;
}
