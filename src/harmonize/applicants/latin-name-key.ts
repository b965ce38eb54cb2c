import {
  removeAccents,
  removeSpecialCharacters,
  replaceCodedCharacters,
  squish,
  tidyPunctuation,
} from './latin-characters.js';
import { endOfNameRule, magermanTables } from './legal-forms.js';
import { splitAssigneeName } from './split-assignee-name.js';

export interface LatinName {
  key: string;
  /** The Magerman legal form removed (`LIMITED`, `GMBH` ...; '' for company words such as ` CO` -> ` COMPANY`), or null. */
  legalForm: string | null;
}

/**
 * The Magerman, Van Looy & Song (2006) match key of a name in Latin script, after the PatentsView split
 * rules: upper case, coded characters, accents, special characters, punctuation, legal form (end of name,
 * else KABUSHIKI KAISHA at the start, else GMBH & CO mid-name), common words, spelling variants, condensed
 * to [A-Z0-9]. The corpus-level umlaut step (MUELLER ~ MÜLLER) needs the whole name list and is not applied:
 * Ü simply becomes U.
 * @example latinName('Baidu Online Network Technology (Beijing) Co., Ltd.').key // 'BAIDUONLINENETWORKTECHNOLOGYBEIJING'
 */
export function latinName(name: string): LatinName {
  const tables = magermanTables();
  let text = replaceCodedCharacters(
    squish(splitAssigneeName(name.normalize('NFC')).toUpperCase()),
    tables.sgml,
    tables.proprietary,
  );
  text = tidyPunctuation(squish(removeSpecialCharacters(removeAccents(text))));
  const beforeLegalForm = text;
  const { rest, legalForm } = removeLegalForm(text);
  text = rest.replace(/[-;:,&]*\s*$/, '').replace(/^\s+/, '');
  text = removeCommonWords(text);
  text = text.replace(/[A-Z]+/g, (word) => tables.spelling.get(word) ?? word);
  let key = condense(text);
  if (key === '') key = condense(beforeLegalForm);
  if (key === '')
    key = name
      .normalize('NFKC')
      .toUpperCase()
      .replace(/[^\p{L}\p{N}]/gu, '');
  return { key, legalForm };
}

function condense(text: string): string {
  return text.replace(/[^A-Z0-9]/g, '');
}

function removeLegalForm(text: string): { rest: string; legalForm: string | null } {
  const tables = magermanTables();
  const end = endOfNameRule(text);
  if (end) return { rest: text.slice(0, -end.remove.length) + end.replace, legalForm: end.legalForm };
  if (text.startsWith('KABUSHIKI KAISHA ')) return { rest: text.slice(17), legalForm: 'KABUSHIKI KAISHA' };
  const middle = tables.middle.find((rule) => text.includes(rule.find));
  if (middle) return { rest: text.replace(middle.find, middle.replace), legalForm: 'GMBH' };
  return { rest: text, legalForm: null };
}

/** Magerman step 12; words at the end or start only as whole words, and never the whole name. */
function removeCommonWords(name: string): string {
  const tables = magermanTables();
  let text = name;
  for (const word of tables.commonAtEnd) {
    const bare = word.trim();
    if (text.endsWith(` ${bare}`)) text = text.slice(0, -bare.length).trimEnd();
  }
  const start = tables.commonAtBeginning.find((word) => text.startsWith(word) && text.length > word.length);
  if (start) text = text.slice(start.length).trimStart();
  for (const word of tables.commonAnywhere) text = text.replaceAll(word, ' ');
  return squish(text);
}
