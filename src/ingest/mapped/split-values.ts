import type { Separator } from './column-mapping.js';

const PATTERNS: Record<Separator, RegExp> = {
  ';': /[;；]/,
  '；': /[;；]/,
  ';;': /;;/,
  '|': /\|/,
  ',': /[,，]/,
  '、': /、/,
  '\n': /\r?\n/,
};

/** The non-empty, trimmed values of a multi-valued cell. */
export function splitValues(cell: string, separator: Separator): string[] {
  return cell
    .split(PATTERNS[separator])
    .map((v) => v.replace(/\s+/g, ' ').trim())
    .filter((v) => v !== '');
}
