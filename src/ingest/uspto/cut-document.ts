import type { DocumentProlog } from './document-prolog.js';

/**
 * Which parts of a patent document a record needs. Everything else (description, drawings, tables,
 * maths, sequence lists: most of the bytes) is skipped by byte search and never decoded or parsed.
 */
export interface CutPlan {
  /** Sections kept whole, in document order (`us-bibliographic-data-grant`, `abstract`). */
  keep: readonly string[];
  /**
   * Elements taken out of the kept sections and handed over as text to a string scanner instead of
   * the XML parser: the citations, which are regular and most of the bibliographic bytes.
   */
  lift?: readonly string[];
  /** The claims container, one claim's element and the element a dependent claim refers with. */
  claims: { container: string; claim: string; reference: string };
}

/** The kept parts as one small XML text, and where each part came from in the document. */
export interface CutDocument {
  text: string;
  /** Kept parts in order: where each starts in `text` (UTF-16 index) and in the document (byte offset). */
  segments: { textStart: number; byteStart: number }[];
  claimsCount: number | null;
  independentClaimsCount: number | null;
  /** The first lifted element found, as text, with the byte offset of its start in the document. */
  lifted: { name: string; text: string; byteStart: number } | null;
}

/** The document ends before its root element is closed. */
export class TruncatedDocumentError extends Error {}

/**
 * Cut the document down to the root start tag, the kept sections and the first claim, counting claims
 * and independent claims (claims with no reference to another) on bytes.
 */
export function cutDocument(bytes: Buffer, prolog: DocumentProlog, plan: CutPlan): CutDocument {
  const root = prolog.root!;
  const rootEnd = bytes.lastIndexOf(`</${root}>`);
  if (prolog.rootOpenEnd === -1 || rootEnd === -1 || rootEnd < prolog.rootOpenEnd) {
    throw new TruncatedDocumentError(`document ends before its closing </${root}> tag (truncated)`);
  }
  const ranges: [number, number][] = [];
  const claims = findElement(bytes, plan.claims.container, prolog.rootOpenEnd, rootEnd, true);
  let cursor = prolog.rootOpenEnd;
  let lifted: CutDocument['lifted'] = null;
  for (const name of plan.keep) {
    const found = findElement(bytes, name, cursor, claims?.[0] ?? rootEnd, false);
    if (!found) continue;
    cursor = found[1];
    const lift: Lift | null = lifted ? null : liftOut(bytes, found, plan.lift ?? []);
    if (!lift) {
      ranges.push(found);
      continue;
    }
    ranges.push([found[0], lift.range[0]], [lift.range[1], found[1]]);
    lifted = { name: lift.name, text: bytes.toString('utf8', ...lift.range), byteStart: lift.range[0] };
  }
  let claimsCount: number | null = null;
  let independentClaimsCount: number | null = null;
  if (claims) {
    const stats = claimStats(bytes, claims, plan.claims.claim, plan.claims.reference);
    claimsCount = stats.count;
    independentClaimsCount = stats.independent;
    if (stats.first) ranges.push(stats.first);
  }

  const parts: string[] = [prolog.rootTag];
  const segments: CutDocument['segments'] = [{ textStart: 0, byteStart: prolog.rootStart }];
  let length = prolog.rootTag.length;
  for (const [from, to] of [...ranges, [rootEnd, rootEnd + root.length + 3] as [number, number]]) {
    const part = bytes.toString('utf8', from, to);
    segments.push({ textStart: length, byteStart: from });
    parts.push(part);
    length += part.length;
  }
  return { text: parts.join(''), segments, claimsCount, independentClaimsCount, lifted };
}

type Lift = { name: string; range: [number, number] };

function liftOut(bytes: Buffer, section: [number, number], names: readonly string[]): Lift | null {
  for (const name of names) {
    const range = findElement(bytes, name, section[0], section[1], false);
    // An unclosed element stays with the parser, which reports where it breaks.
    if (range && range[1] < section[1]) return { name, range };
  }
  return null;
}

/** Map a 1-based line/column of the cut text back to the document: byte offset, line and column. */
export function documentPosition(
  bytes: Buffer,
  cut: CutDocument,
  line: number,
  column: number,
): { byteOffset: number; line: number; column: number } {
  let index = 0;
  for (let l = 1; l < line; l++) {
    const next = cut.text.indexOf('\n', index);
    if (next === -1) break;
    index = next + 1;
  }
  index = Math.min(cut.text.length, index + Math.max(0, column - 1));
  let segment = cut.segments[0]!;
  for (const s of cut.segments) if (s.textStart <= index) segment = s;
  const byteOffset = segment.byteStart + Buffer.byteLength(cut.text.slice(segment.textStart, index));
  return { byteOffset, ...lineColumnAt(bytes, byteOffset) };
}

/** 1-based line and column (in bytes) of a byte offset in the document. */
export function lineColumnAt(bytes: Buffer, byteOffset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = bytes.indexOf(0x0a); at !== -1 && at < byteOffset; at = bytes.indexOf(0x0a, at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  return { line, column: byteOffset - lineStart + 1 };
}

/**
 * `[start, end)` of the first (or last) `<name ...>...</name>` in `[from, to)`; null when absent.
 * An unclosed element runs to `to`, so that the XML parser reports where the document breaks.
 */
function findElement(
  bytes: Buffer,
  name: string,
  from: number,
  to: number,
  last: boolean,
): [number, number] | null {
  const region = bytes.subarray(from, to);
  const open = `<${name}`;
  let at = last ? region.lastIndexOf(open) : region.indexOf(open);
  while (at !== -1 && !endsName(region[at + open.length])) {
    at = last ? (at === 0 ? -1 : region.lastIndexOf(open, at - 1)) : region.indexOf(open, at + 1);
  }
  if (at === -1) return null;
  const close = region.indexOf(`</${name}>`, at);
  return [from + at, close === -1 ? to : from + close + name.length + 3];
}

function claimStats(
  bytes: Buffer,
  container: [number, number],
  claim: string,
  reference: string,
): { count: number; independent: number; first: [number, number] | null } {
  const region = bytes.subarray(container[0], container[1]);
  const open = `<${claim}`;
  const starts: number[] = [];
  for (let at = region.indexOf(open); at !== -1; at = region.indexOf(open, at + 1)) {
    if (endsName(region[at + open.length])) starts.push(at);
  }
  let independent = 0;
  const ref = `<${reference}`;
  for (let i = 0; i < starts.length; i++) {
    if (region.subarray(starts[i], starts[i + 1] ?? region.length).indexOf(ref) === -1) independent += 1;
  }
  let first: [number, number] | null = null;
  if (starts.length > 0) {
    const close = region.indexOf(`</${claim}>`, starts[0]);
    if (close !== -1) first = [container[0] + starts[0]!, container[0] + close + claim.length + 3];
  }
  return { count: starts.length, independent, first };
}

/** After `<name`, the tag name ends at whitespace, `>` or `/`. */
function endsName(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x3e || byte === 0x2f || byte === 0x0a || byte === 0x0d || byte === 0x09;
}
