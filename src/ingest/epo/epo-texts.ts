import type { LanguageCode } from '../../domain/patent-record.js';
import { childElements, textOf, type XmlElement } from '../xml/parse-xml-tree.js';

/** Titles from `B540`: each `B542` (title) in the language of the `B541` before it. */
export function readTitles(
  b540: XmlElement | null,
  fallbackLang: LanguageCode,
): Record<LanguageCode, string> {
  const titles: Record<LanguageCode, string> = {};
  let lang = fallbackLang;
  for (const el of b540 ? childElements(b540) : []) {
    if (el.name === 'B541') lang = textOf(el).toLowerCase() || fallbackLang;
    else if (el.name === 'B542') {
      const title = textOf(el);
      if (title && titles[lang] === undefined) titles[lang] = title;
    }
  }
  return titles;
}

/** Abstracts (`abstract` with `lang`), text whitespace-collapsed; the first per language wins. */
export function readAbstracts(root: XmlElement, fallbackLang: LanguageCode): Record<LanguageCode, string> {
  const abstracts: Record<LanguageCode, string> = {};
  for (const el of childElements(root, 'abstract')) {
    const lang = el.attrs.lang?.toLowerCase() || fallbackLang;
    const text = textOf(el);
    if (text && abstracts[lang] === undefined) abstracts[lang] = text;
  }
  return abstracts;
}
