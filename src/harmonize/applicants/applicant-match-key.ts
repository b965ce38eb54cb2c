import { CJK_SCRIPT, cjkName } from './cjk-name-key.js';
import { latinName } from './latin-name-key.js';

/**
 * The match key of an applicant name: names that share it are taken to be the same applicant. Latin names
 * follow Magerman et al. (2006) after the PatentsView split rules; names with Han, kana or hangul follow the
 * CJK rules (legal form and place removed, Han characters kept). No fuzzy matching: precision first.
 * @example applicantMatchKey('Huawei Technologies Co., Ltd.') // 'HUAWEITECHNOLOGY'
 * @example applicantMatchKey('华为技术有限公司') // '华为技术'
 */
export function applicantMatchKey(name: string): string {
  return CJK_SCRIPT.test(name) ? cjkName(name).key : latinName(name).key;
}
