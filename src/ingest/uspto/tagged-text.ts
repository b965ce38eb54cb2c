import { createInterface } from 'node:readline';
import type { InputSource } from '../input-source.js';

/** One `TAG value` field of the USPTO fixed-tag text formats, continuation lines joined in. */
export interface TaggedField {
  tag: string;
  value: string;
  /** 1-based line of the field's first line. */
  line: number;
}

/** Lines of an ASCII / latin-1 text input with their 1-based numbers, streamed. */
export async function* textLines(input: InputSource): AsyncIterable<{ text: string; line: number }> {
  const stream = input.open();
  stream.setEncoding('latin1');
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    yield { text, line };
  }
}

const TAGGED = /^([A-Z][A-Z0-9]{1,3})(?: +(.*))?$/;

/**
 * Collects a record's fields line by line: `TAG value` starts a field, an indented line continues the
 * last one. Descriptions (most of the bytes) are not kept: fields whose tag is in `skip`, and in APS
 * (`sections: true`) everything in a section whose header (a 4-letter tag alone) is in `skip`.
 */
export class FieldCollector {
  readonly fields: TaggedField[] = [];
  private skippingField = false;
  private skippingSection = false;

  constructor(
    private readonly skip: ReadonlySet<string>,
    private readonly sections = false,
  ) {}

  add(text: string, line: number): void {
    if (text.trim() === '') return;
    if (/^\s/.test(text)) {
      const last = this.fields[this.fields.length - 1];
      if (last && !this.skippingField && !this.skippingSection)
        last.value = `${last.value} ${text.trim()}`.trim();
      return;
    }
    const match = TAGGED.exec(text.trimEnd());
    if (!match) return;
    const tag = match[1]!;
    const value = (match[2] ?? '').trim();
    if (this.sections && value === '' && /^[A-Z]{4}$/.test(tag)) this.skippingSection = this.skip.has(tag);
    this.skippingField = this.skip.has(tag);
    if (!this.skippingField && !this.skippingSection) this.fields.push({ tag, value, line });
  }
}

/** The value of the first field with `tag`, or null (also for `N/A`-style empties). */
export function fieldValue(fields: readonly TaggedField[], tag: string): string | null {
  const value = fields.find((f) => f.tag === tag)?.value ?? '';
  return value === '' || /^(N\/A|NONE)$/i.test(value) ? null : value;
}

/** Split fields into groups, each starting at a field with tag `start` and taking the `members` after it. */
export function groupsOf(
  fields: readonly TaggedField[],
  start: string,
  members: ReadonlySet<string>,
): TaggedField[][] {
  const groups: TaggedField[][] = [];
  let current: TaggedField[] | null = null;
  for (const f of fields) {
    if (f.tag === start) {
      current = [f];
      groups.push(current);
    } else if (current && members.has(f.tag)) {
      current.push(f);
    } else {
      current = null;
    }
  }
  return groups;
}

/** APS / BRS person names are `Family; Given`: the record wants `Family, Given`. */
export function tagName(raw: string): string {
  return raw
    .replace(/\s*;\s*/g, ', ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Claim paragraphs grouped into claims: a paragraph starting with `N.` opens claim N. */
export function claimsOf(paragraphs: readonly string[]): string[] {
  const claims: string[] = [];
  for (const p of paragraphs) {
    if (/^\d+\s*\./.test(p) || claims.length === 0) claims.push(p);
    else claims[claims.length - 1] = `${claims[claims.length - 1]} ${p}`;
  }
  return claims;
}

/** Claims that refer to no other claim (`... as claimed in claim 1`, `according to claims 2 or 3`). */
export function independentCount(claims: readonly string[]): number {
  return claims.filter((c) => !/\bclaims?\s+\d/i.test(c.replace(/^\d+\s*\.\s*/, ''))).length;
}
