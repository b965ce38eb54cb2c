import type { Citation } from '../../domain/patent-record.js';
import { parsePublicationNumber } from '../../domain/publication-number.js';
import { childElements, descendants, find, textAt, textOf, type XmlElement } from '../xml/parse-xml-tree.js';
import { parseEpoCitationNumber } from './epo-citation-number.js';

type CitedBy = Citation['citedBy'];

/**
 * Citations in document order of their sources:
 * - `B560` (B documents' title page, INID 56): the prior art the EPO cited in search and examination,
 *   `B561` patent / `B562` non-patent, optional `B563` category after each -> `examiner`.
 * - `search-report-data//srep-citations/citation` (XML search reports): patcit / nplcit with
 *   `category` X, Y, A, D ... -> `examiner`.
 * - `ep-reference-list` ("references cited in the description"): the EPO's own note says it lists
 *   the references cited by the applicant -> `applicant`, no category.
 */
export function readCitations(root: XmlElement, b560: XmlElement | null): Citation[] {
  const out: Citation[] = b560 ? readTitlePage(b560) : [];
  for (const report of childElements(root, 'search-report-data')) {
    for (const citation of descendants(report, 'citation')) {
      const item = fromCitationElement(citation, 'examiner', categoryOf(citation));
      if (item) out.push(item);
    }
  }
  const refs = find(root, 'ep-reference-list');
  if (refs) {
    for (const el of descendantsOf(refs, ['patcit', 'nplcit'])) {
      const item = fromCitationElement(el, 'applicant', null);
      if (item) out.push(item);
    }
  }
  return out;
}

function readTitlePage(b560: XmlElement): Citation[] {
  const out: Citation[] = [];
  for (const el of childElements(b560)) {
    if (el.name === 'B563') {
      const last = out[out.length - 1];
      if (last) last.category = textOf(el) || null;
      continue;
    }
    if (el.name !== 'B561' && el.name !== 'B562') continue;
    const text = textAt(el, 'text') ?? textOf(el);
    if (!text) continue;
    if (el.name === 'B562') out.push({ kind: 'npl', text, category: null, citedBy: 'examiner' });
    else
      out.push({
        kind: 'patent',
        publicationNumber: parseEpoCitationNumber(text),
        raw: text,
        category: null,
        citedBy: 'examiner',
      });
  }
  return out;
}

/** A `citation` wrapper or a bare `patcit` / `nplcit`. */
function fromCitationElement(el: XmlElement, citedBy: CitedBy, category: string | null): Citation | null {
  const patcit = el.name === 'patcit' ? el : find(el, 'patcit');
  if (patcit) return fromPatcit(patcit, citedBy, category);
  const nplcit = el.name === 'nplcit' ? el : find(el, 'nplcit');
  const text = textOf(nplcit);
  return text ? { kind: 'npl', text, category, citedBy } : null;
}

function fromPatcit(patcit: XmlElement, citedBy: CitedBy, category: string | null): Citation | null {
  const id = find(patcit, 'document-id');
  const country = textAt(id, 'country') ?? '';
  const docNumber = textAt(id, 'doc-number') ?? '';
  const kind = textAt(id, 'kind');
  const fromId = docNumber ? parsePublicationNumber(`${country}${docNumber}`, { kind }) : null;
  const dnum = patcit.attrs.dnum?.trim() || null;
  const raw = dnum ?? textAt(patcit, 'text') ?? (docNumber ? `${country}${docNumber}${kind ?? ''}` : '');
  if (!raw) return null;
  const publicationNumber =
    fromId?.publicationNumber ?? parsePublicationNumber(raw)?.publicationNumber ?? null;
  return { kind: 'patent', publicationNumber, raw, category, citedBy };
}

/** Category letters of a search-report citation, in order, each once: `X`, `XY`, `AD`. */
function categoryOf(citation: XmlElement): string | null {
  const letters = new Set<string>();
  for (const el of childElements(citation, 'category')) {
    for (const letter of textOf(el).toUpperCase().match(/[A-Z]/g) ?? []) letters.add(letter);
  }
  return letters.size ? [...letters].join('') : null;
}

function descendantsOf(el: XmlElement, names: readonly string[]): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (node: XmlElement) => {
    for (const c of node.children) {
      if (typeof c === 'string') continue;
      if (names.includes(c.name)) out.push(c);
      else walk(c);
    }
  };
  walk(el);
  return out;
}
