import { decodeHTML } from 'entities';
import type { Citation } from '../../domain/patent-record.js';
import { citedByOf, publicationIdOf } from './uspto-fields.js';

/**
 * Citations of a v4.x `<us-references-cited>` / `<references-cited>` section, read by string search.
 * The section is regular (one `<us-citation>` per cited document, simple leaf elements) and holds most
 * of the bibliographic bytes, so it skips the XML parser; start and end tags are still checked to pair.
 * Returns the reason instead when they do not.
 */
export function scanUsCitations(section: string): { citations: Citation[] } | { reason: string } {
  const entry = section.startsWith('<us-references-cited') ? 'us-citation' : 'citation';
  const open = `<${entry}>`;
  const close = `</${entry}>`;
  const citations: Citation[] = [];
  let entries = 0;
  for (let at = section.indexOf(open); at !== -1; entries += 1) {
    const end = section.indexOf(close, at);
    const next = section.indexOf(open, at + open.length);
    if (end === -1 || (next !== -1 && next < end)) return { reason: `a <${entry}> has no end tag` };
    const citation = readCitation(section.slice(at + open.length, end));
    if (citation) citations.push(citation);
    at = next;
  }
  const closes = countOf(section, close);
  if (closes !== entries) return { reason: `${entries} <${entry}> start tags but ${closes} end tags` };
  return { citations };
}

function readCitation(xml: string): Citation | null {
  const citedBy = citedByOf(leafText(xml, 'category'));
  const patcitAt = xml.indexOf('<patcit');
  if (patcitAt !== -1) {
    const patcit = xml.slice(patcitAt, xml.indexOf('</patcit>', patcitAt));
    const country = leafText(patcit, 'country');
    const docNumber = leafText(patcit, 'doc-number');
    const kind = leafText(patcit, 'kind');
    const raw = [country, docNumber, kind, leafText(patcit, 'name'), leafText(patcit, 'date')]
      .filter(Boolean)
      .join(' ');
    const publicationNumber = publicationIdOf(country, docNumber, kind)?.publicationNumber ?? null;
    return { kind: 'patent', publicationNumber, raw, category: null, citedBy };
  }
  const text = leafText(xml, 'othercit');
  return text ? { kind: 'npl', text, category: null, citedBy } : null;
}

/** Text of the first `<name>…</name>`: inner markup removed, entities decoded, whitespace collapsed. */
function leafText(xml: string, name: string): string | null {
  const start = xml.indexOf(`<${name}>`);
  if (start === -1) return null;
  const from = start + name.length + 2;
  const end = xml.indexOf(`</${name}>`, from);
  if (end === -1) return null;
  let text = xml.slice(from, end);
  if (text.includes('<')) text = text.replace(/<[^>]*>/g, '');
  if (text.includes('&')) text = decodeHTML(text);
  text = /\s\s|[\t\n\r]/.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
  return text === '' ? null : text;
}

function countOf(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) n += 1;
  return n;
}
