import { readFileSync } from 'node:fs';
import { shippedDataFile } from './harmonize-data-file.js';
import { removeSpecialCharacters } from './latin-characters.js';

/** One Magerman (2006, Appendix 2) end-of-name rule: `remove` at the end of a name becomes `replace`. */
export interface EndOfNameRule {
  remove: string;
  legalForm: string;
  replace: string;
}

/** A fixed-string rule (mid-name legal forms, common words): `find` becomes `replace`. */
export interface FixedRule {
  find: string;
  replace: string;
}

/** The Magerman tables, read once from `data/harmonize/` and cleaned with the same character rules as names. */
export interface MagermanTables {
  /** Longest `remove` first, so the most specific legal form wins. */
  endOfName: readonly EndOfNameRule[];
  /** The same rules by the last two characters of `remove` (every rule has at least two). */
  endOfNameByTail: ReadonlyMap<string, readonly EndOfNameRule[]>;
  middle: readonly FixedRule[];
  commonAtEnd: readonly string[];
  commonAtBeginning: readonly string[];
  commonAnywhere: readonly string[];
  spelling: ReadonlyMap<string, string>;
  sgml: readonly FixedRule[];
  proprietary: readonly FixedRule[];
}

let cached: MagermanTables | undefined;

/** The Magerman harmonisation tables (loaded on first use). */
export function magermanTables(): MagermanTables {
  cached ??= loadMagermanTables();
  return cached;
}

const ROW = /^"((?:[^"\\]|\\.|"")*)"\s*,\s*"((?:[^"\\]|\\.)*)"\s*,\s*"((?:[^"\\]|\\.)*)"/;

function loadMagermanTables(): MagermanTables {
  const csv = readFileSync(shippedDataFile('harmonize/magerman2006_legal_forms_end_of_name.csv'), 'utf8');
  const endOfName: EndOfNameRule[] = [];
  for (const line of csv.split(/\r?\n/)) {
    const match = ROW.exec(line);
    if (!match || match[1] === 'remove') continue;
    // Rules are matched against names after special-character removal, so they get the same treatment
    // (`INT’L` becomes `INTL`); `""` is a doubled quote, `\"` an escaped one.
    const remove = removeSpecialCharacters(unescapeCsv(match[1] ?? '').replaceAll('""', '"'));
    // Two rows carry a remark instead of a replacement ("... only if string ends with ..."): use its first word.
    const replace = /[”“]/.test(match[3] ?? '') ? ' & COMPANY' : unescapeCsv(match[3] ?? '');
    if (remove.trim() === '' || remove.length < 2) continue;
    endOfName.push({ remove, legalForm: unescapeCsv(match[2] ?? ''), replace });
  }
  endOfName.sort((a, b) => b.remove.length - a.remove.length);
  const endOfNameByTail = new Map<string, EndOfNameRule[]>();
  for (const rule of endOfName) {
    const tail = rule.remove.slice(-2);
    endOfNameByTail.set(tail, [...(endOfNameByTail.get(tail) ?? []), rule]);
  }
  const json = JSON.parse(
    readFileSync(shippedDataFile('harmonize/magerman2006_harmonisation_tables.json'), 'utf8'),
  ) as Record<string, string[][]>;
  const column = (key: string): string[] => rows(json, key).map((row) => unquote(row[0] ?? ''));
  return {
    endOfName,
    endOfNameByTail,
    middle: rows(json, 'magerman.patterns.legal.form.middle').map((row) => ({
      find: unquote(row[0] ?? ''),
      replace: unquote(row[1] ?? ''),
    })),
    commonAtEnd: column('magerman.patterns.common.words.at.the.end'),
    commonAtBeginning: column('magerman.patterns.common.words.at.the.beginning'),
    commonAnywhere: column('magerman.patterns.common.words.anywhere'),
    spelling: new Map(
      rows(json, 'magerman.patterns.spelling.variation').map((row) => [
        unquote(row[0] ?? ''),
        unquote(row[1] ?? ''),
      ]),
    ),
    sgml: rows(json, 'magerman.patterns.sgml.characters').map((row) => ({
      find: row[0] ?? '',
      replace: unquote(row[1] ?? ''),
    })),
    proprietary: rows(json, 'magerman.patterns.proprietary.characters').map((row) => ({
      find: row[0] ?? '',
      replace: row[1] ?? '',
    })),
  };
}

/** A table's rows without its header row. */
function rows(json: Record<string, string[][]>, key: string): string[][] {
  const table = json[key];
  if (!Array.isArray(table)) throw new Error(`magerman2006_harmonisation_tables.json: no table ${key}`);
  return table.slice(1);
}

/** The JSON tables keep the R source's quoting: `"\" GMBH \""` is the string ` GMBH `. */
function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}

function unescapeCsv(value: string): string {
  return value.replace(/\\(.)/g, '$1');
}

/** The longest end-of-name rule that `text` ends with, leaving something before it. */
export function endOfNameRule(text: string): EndOfNameRule | undefined {
  return magermanTables()
    .endOfNameByTail.get(text.slice(-2))
    ?.find((rule) => text.endsWith(rule.remove) && text.length > rule.remove.length);
}
