import { decodeHTML } from 'entities';
import { SaxesParser } from 'saxes';

/** A small element tree: what readers walk after cutting a document down to the parts they need. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** A document that is not well-formed; `line` and `column` are 1-based within the parsed text. */
export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${message} (line ${line}, column ${column})`);
    this.name = 'XmlSyntaxError';
  }
}

// Patent DTDs declare HTML and ISO 8879 entities (&lsquo; &mgr; ...). HTML ones are decoded; unknown
// ones are kept as written rather than failing the whole document.
const ENTITIES: Record<string, string> = new Proxy({} as Record<string, string>, {
  get(_target, name) {
    if (typeof name !== 'string') return undefined;
    const builtin = XML_BUILTIN[name];
    if (builtin !== undefined) return builtin;
    return decodeHTML(`&${name};`);
  },
});
const XML_BUILTIN: Record<string, string> = { amp: '&', lt: '<', gt: '>', apos: "'", quot: '"' };

/**
 * Parse XML text into a tree. Elements named in `skip` are left out with their whole subtree.
 * Throws `XmlSyntaxError` on the first well-formedness error.
 */
export function parseXmlTree(xml: string, options: { skip?: ReadonlySet<string> } = {}): XmlElement {
  const parser = new SaxesParser({ position: true });
  parser.ENTITIES = ENTITIES;
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let skipDepth = 0;
  const skip = options.skip;

  parser.on('error', (err) => {
    throw new XmlSyntaxError(err.message.replace(/^(?:[^:]*:)?\d+:\d+: /, ''), parser.line, parser.column);
  });
  parser.on('opentag', (tag) => {
    if (skipDepth > 0 || skip?.has(tag.name)) {
      skipDepth += 1;
      return;
    }
    const el: XmlElement = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [] };
    stack[stack.length - 1]!.children.push(el);
    if (!tag.isSelfClosing) stack.push(el);
  });
  parser.on('closetag', (tag) => {
    if (skipDepth > 0) {
      skipDepth -= 1;
      return;
    }
    if (!tag.isSelfClosing) stack.pop();
  });
  const onText = (text: string) => {
    if (skipDepth === 0 && stack.length > 1) stack[stack.length - 1]!.children.push(text);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.write(xml).close();
  return root;
}

/** The document's root element. */
export function rootElement(doc: XmlElement): XmlElement | null {
  return doc.children.find((c): c is XmlElement => typeof c !== 'string') ?? null;
}

/** Direct child elements named `name` (all children when `name` is omitted). */
export function childElements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && (!name || c.name === name));
}

/** First element along a `/`-separated path of child names: `find(doc, 'a/b/c')`. */
export function find(el: XmlElement | null | undefined, path: string): XmlElement | null {
  let current: XmlElement | null = el ?? null;
  for (const step of path.split('/')) {
    if (!current) return null;
    current = childElements(current, step)[0] ?? null;
  }
  return current;
}

/** All elements along a path; the last step may match many. */
export function findAll(el: XmlElement | null | undefined, path: string): XmlElement[] {
  const steps = path.split('/');
  const last = steps.pop()!;
  const parent = steps.length ? find(el, steps.join('/')) : (el ?? null);
  return parent ? childElements(parent, last) : [];
}

/** Every descendant element named `name`, in document order. */
export function descendants(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (node: XmlElement) => {
    for (const c of node.children) {
      if (typeof c === 'string') continue;
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** The text content of an element, whitespace collapsed; `''` for null. */
export function textOf(el: XmlElement | null | undefined): string {
  if (!el) return '';
  const parts: string[] = [];
  const walk = (node: XmlElement) => {
    for (const c of node.children) {
      if (typeof c === 'string') parts.push(c);
      else walk(c);
    }
  };
  walk(el);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Text of the first element along a path, or null when absent or empty. */
export function textAt(el: XmlElement | null | undefined, path: string): string | null {
  const text = textOf(find(el, path));
  return text === '' ? null : text;
}
