import { textOf, type XmlElement } from '../xml/parse-xml-tree.js';

// Allocation-free stand-ins for `find` / `textAt` on the hot paths (a bulk file has millions of fields).

/** First direct child element named `name`, or null. */
export function child(el: XmlElement | null | undefined, name: string): XmlElement | null {
  if (!el) return null;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return null;
}

/** Text of the first child named `name`, whitespace collapsed; null when absent or empty. */
export function childText(el: XmlElement | null | undefined, name: string): string | null {
  const c = child(el, name);
  if (!c) return null;
  const only = c.children.length === 1 ? c.children[0] : undefined;
  const text = typeof only === 'string' ? collapse(only) : textOf(c);
  return text === '' ? null : text;
}

function collapse(text: string): string {
  return /\s\s|[\t\n\r]/.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

/** The text of an element exactly as written (no whitespace collapsing): fixed-width fields need it. */
export function rawTextOf(el: XmlElement | null | undefined): string {
  if (!el) return '';
  let out = '';
  for (const c of el.children) out += typeof c === 'string' ? c : rawTextOf(c);
  return out;
}

/**
 * Running text of an element, whitespace collapsed, with a space between block elements
 * (`<claim-text>`, `<p>`, `<PARA>` ...) so that `</p><p>` does not glue words together.
 */
export function blockTextOf(el: XmlElement | null | undefined, blocks: ReadonlySet<string>): string {
  if (!el) return '';
  const parts: string[] = [];
  const walk = (node: XmlElement) => {
    for (const c of node.children) {
      if (typeof c === 'string') {
        parts.push(c);
      } else if (blocks.has(c.name)) {
        parts.push(' ');
        walk(c);
        parts.push(' ');
      } else {
        walk(c);
      }
    }
  };
  walk(el);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Elements that hold paragraphs in USPTO abstracts and claims, across the formats. */
export const PARAGRAPH_ELEMENTS: ReadonlySet<string> = new Set([
  'p',
  'claim-text',
  'paragraph',
  'heading',
  'PARA',
  'PTEXT',
  'CLMSTEP',
  'H',
  'BTEXT',
]);
