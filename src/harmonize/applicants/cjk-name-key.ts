import { readFileSync } from 'node:fs';
import { cnPlaceNames } from './cn-place-names.js';
import { shippedDataFile } from './harmonize-data-file.js';

/** Han, kana or hangul anywhere in the name sends it through the CJK procedure. */
export const CJK_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export interface CjkName {
  key: string;
  /** The name without its legal form (NFKC, ASCII brackets), for display. */
  withoutLegalForm: string;
  /** The legal form removed (有限公司, 株式会社 ...), or null. */
  legalForm: string | null;
}

/**
 * The match key of a Chinese, Japanese or Korean name: NFKC, ASCII brackets, no spaces, the longest legal
 * form removed (Chinese suffixes of cn_applicant_suffixes.json; 株式会社, 주식회사 ... at either end), a
 * bracketed place `(北京)` removed anywhere and, for companies only, a leading place name (北京, 深圳市 ...),
 * each only when at least two distinctive Han characters remain. Latin letters are upper-cased and kept.
 * Branches (分公司) and subsidiaries (子公司) keep their marker, so they never take their parent's key.
 */
export function cjkName(name: string): CjkName {
  const normal = name
    .normalize('NFKC')
    .replace(/[【〔［]/g, '(')
    .replace(/[】〕］]/g, ')')
    .replace(/\s+/g, '')
    .toUpperCase();
  const { rest, legalForm } = removeLegalForm(normal);
  let key = rest.replace(/\((集团|集團)\)/g, '');
  key = removeBracketedPlaces(key);
  if (legalForm !== null && COMPANY_FORMS.has(legalForm)) key = removeLeadingPlace(key);
  key = key.replace(/[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}A-Z0-9]/gu, '');
  if (key === '') key = normal.replace(/[^\p{L}\p{N}]/gu, '');
  return { key, withoutLegalForm: rest, legalForm };
}

interface CjkLegalForms {
  suffixes: readonly string[];
  prefixes: readonly string[];
}

let cachedForms: CjkLegalForms | undefined;

/** Chinese company law forms and Japanese/Korean company forms; not 分公司/子公司 (see above). */
function legalForms(): CjkLegalForms {
  if (cachedForms) return cachedForms;
  const json = JSON.parse(readFileSync(shippedDataFile('harmonize/cn_applicant_suffixes.json'), 'utf8')) as {
    legal_form_suffixes_longest_first: string[];
  };
  const chinese = json.legal_form_suffixes_longest_first
    .map((suffix) => suffix.normalize('NFKC'))
    .filter((suffix) => suffix !== '分公司' && suffix !== '子公司');
  const suffixes = [...new Set([...chinese, ...EXTRA_SUFFIXES, ...JAPANESE_KOREAN])];
  suffixes.sort((a, b) => b.length - a.length);
  cachedForms = { suffixes, prefixes: JAPANESE_KOREAN };
  return cachedForms;
}

/** Traditional-script and Japanese/Korean forms the Chinese list lacks. */
const EXTRA_SUFFIXES = [
  '有限責任公司',
  '股份有限公司',
  '集團有限公司',
  '集團股份有限公司',
  '有限公司',
  '集团控股有限公司',
];
const JAPANESE_KOREAN = [
  '株式会社',
  '有限会社',
  '合同会社',
  '合資会社',
  '合名会社',
  '주식회사',
  '(주)',
  '(株)',
  '유한회사',
];
const COMPANY_FORMS = new Set([
  ...EXTRA_SUFFIXES,
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '股份公司',
  '集团有限公司',
  '集团股份有限公司',
  '集团公司',
  '总公司',
  '公司',
  '有限合伙',
  '(普通合伙)',
  '(有限合伙)',
]);

function removeLegalForm(name: string): { rest: string; legalForm: string | null } {
  const { suffixes, prefixes } = legalForms();
  if (/(分公司|子公司)$/.test(name)) return { rest: name, legalForm: null };
  for (const suffix of suffixes) {
    if (name.length > suffix.length && name.endsWith(suffix))
      return { rest: name.slice(0, -suffix.length), legalForm: suffix };
  }
  for (const prefix of prefixes) {
    if (name.length > prefix.length && name.startsWith(prefix))
      return { rest: name.slice(prefix.length), legalForm: prefix };
  }
  return { rest: name, legalForm: null };
}

function removeBracketedPlaces(name: string): string {
  const places = new Set(cnPlaceNames());
  const without = name.replace(/\(([^()]+)\)/g, (whole, inner: string) => (places.has(inner) ? '' : whole));
  return distinctive(without) ? without : name;
}

function removeLeadingPlace(name: string): string {
  for (const place of cnPlaceNames()) {
    if (name.startsWith(place) && distinctive(name.slice(place.length))) return name.slice(place.length);
  }
  return name;
}

/**
 * At least two Han characters beyond generic industry words, so 北京电力 keeps its place (电力 alone would
 * merge every provincial power company) while 北京百度网讯科技 becomes 百度网讯科技.
 */
function distinctive(rest: string): boolean {
  let han = rest.replace(/[^\p{Script=Han}]/gu, '');
  for (const word of GENERIC_WORDS) han = han.replaceAll(word, '');
  return [...han].length >= 2;
}

const GENERIC_WORDS = [
  '科学技术',
  '信息技术',
  '网络技术',
  '计算机',
  '物联网',
  '自动化',
  '半导体',
  '微电子',
  '新材料',
  '科技',
  '技术',
  '网络',
  '信息',
  '电子',
  '电力',
  '电气',
  '电器',
  '软件',
  '通信',
  '通讯',
  '发展',
  '开发',
  '实业',
  '集团',
  '控股',
  '投资',
  '贸易',
  '工程',
  '设备',
  '机械',
  '智能',
  '系统',
  '移动',
  '数据',
  '数字',
  '医疗',
  '医药',
  '生物',
  '制药',
  '材料',
  '能源',
  '环保',
  '光电',
  '显示',
  '汽车',
  '精密',
  '工业',
  '国际',
  '中国',
  '服务',
  '管理',
  '咨询',
  '文化',
  '传媒',
  '教育',
  '仪器',
  '仪表',
  '照明',
  '化工',
  '化学',
  '光学',
  '电子商务',
  '商务',
  '云计算',
  '计算',
  '互联网',
  '新能源',
  '科学',
  '研究',
  '制造',
  '产业',
  '股份',
];
