import { countryName } from '../geo/countries/country-names.js';
import type { Bilingual } from '../indicators/indicator-types.js';
import type { Lang } from './chart-spec.js';

/** Regional and international offices, which are not countries. */
const OFFICES: Readonly<Record<string, Bilingual>> = {
  EP: { en: 'European Patent Office', zh: '欧洲专利局' },
  WO: { en: 'PCT (WIPO)', zh: 'PCT国际申请（WIPO）' },
  EA: { en: 'Eurasian Patent Office', zh: '欧亚专利局' },
  AP: { en: 'ARIPO', zh: '非洲地区知识产权组织' },
  OA: { en: 'OAPI', zh: '非洲知识产权组织' },
  GC: { en: 'GCC Patent Office', zh: '海湾合作委员会专利局' },
};

/** A patent office's name: a regional office by name, a national one by its country's name. */
export function officeName(code: string, lang: Lang): string {
  return OFFICES[code.toUpperCase()]?.[lang] ?? countryName(code, lang);
}
