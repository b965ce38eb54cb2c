import type { Lang } from '../../charts/chart-spec.js';
import { en } from './en.js';
import type { ReportDictionary } from './report-dictionary.js';
import { zh } from './zh.js';

const DICTIONARIES: Record<Lang, ReportDictionary> = { en, zh };

/** The report's words in one language. */
export function reportDictionary(lang: Lang): ReportDictionary {
  return DICTIONARIES[lang];
}
