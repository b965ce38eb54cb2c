/** Root element name and DOCTYPE system id of an XML document, from its first bytes. */
export interface XmlRoot {
  root: string;
  doctype: string | null;
  dtdVersion: string | null;
}

const PROLOGUE = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)*/;

/** Find the root element of an XML (or SGML-like) text head; `null` when none is visible. */
export function sniffXmlRoot(head: string): XmlRoot | null {
  const text = head.replace(/^\uFEFF/, '');
  const prologue = PROLOGUE.exec(text)?.[0] ?? '';
  const root =
    /^<([A-Za-z_][\w:.-]*)/.exec(text.slice(prologue.length)) ??
    /^\s*(?:<\?[\s\S]*?\?>\s*)?<!DOCTYPE\s+([\w:.-]+)/i.exec(text);
  if (!root) return null;
  const doctype =
    /<!DOCTYPE\s+[\w:.-]+\s+(?:SYSTEM|PUBLIC\s+"[^"]*")\s*"([^"]*)"/i.exec(text.slice(0, 4096))?.[1] ?? null;
  const version =
    /dtd-version="([^"]*)"/.exec(text.slice(prologue.length, prologue.length + 2000))?.[1] ?? null;
  return { root: root[1]!, doctype, dtdVersion: version };
}
