import { CJK_SCRIPT, cjkName } from './cjk-name-key.js';
import { removeAccents } from './latin-characters.js';
import { latinName } from './latin-name-key.js';
import { SECTOR_WORDS } from './sector-words.js';

export type ApplicantSector =
  | 'company'
  | 'university'
  | 'research-institute'
  | 'government'
  | 'hospital'
  | 'individual'
  | 'unknown';

/**
 * The sector of an applicant from its name, first rule that applies:
 * 1. the source's party type `individual` -> individual;
 * 2. a company legal form (CO LTD, GMBH, 有限公司, 株式会社 ...) -> company, so "... Research Institute Co Ltd"
 *    and 国家电网有限公司 are companies;
 * 3. hospital words -> hospital ("University Hospital", 大学附属医院: the applicant is the hospital);
 * 4. university words -> university (incl. "Institute of Technology", 学院 but not 科学院);
 * 5. research words -> research-institute (INSTITUTE, FRAUNHOFER, CNRS, 研究所, 科学院 ...);
 * 6. government words -> government (MINISTRY, SECRETARY OF, 局, 委员会 ...);
 * 7. other company words (GROUP, TECH, 集团, 厂 ...) -> company;
 * 8. a personal-looking name ("SURNAME, Given", 2-4 alphabetic words, 2-4 Han or hangul characters) -> individual,
 *    unless the source says organisation;
 * 9. the source says organisation -> company (the usual sector of unmarked organisation names); else unknown.
 * @example applicantSector('TSINGHUA UNIVERSITY') // 'university'
 */
export function applicantSector(name: string, partyType?: string | null): ApplicantSector {
  const party = partyType?.trim().toLowerCase() ?? '';
  if (party === 'individual' || party === 'person') return 'individual';
  const organisation = party === 'organization' || party === 'organisation';
  const sector = CJK_SCRIPT.test(name) ? cjkSector(name) : latinSector(name);
  if (sector !== null) return sector;
  if (!organisation && looksPersonal(name)) return 'individual';
  return organisation ? 'company' : 'unknown';
}

type Found = Exclude<ApplicantSector, 'individual' | 'unknown'> | null;

function latinSector(name: string): Found {
  if (latinName(name).legalForm !== null) return 'company';
  const text = ` ${removeAccents(name.toUpperCase())
    .replace(/[^A-Z0-9&]+/g, ' ')
    .trim()} `;
  const has = (words: readonly string[]): boolean => words.some((word) => text.includes(` ${word} `));
  if (has(COMPANY_LEGAL_WORDS)) return 'company';
  if (has(SECTOR_WORDS.hospital.latin)) return 'hospital';
  if (has(SECTOR_WORDS.university.latin)) return 'university';
  if (has(SECTOR_WORDS.research.latin)) return 'research-institute';
  if (has(SECTOR_WORDS.government.latin)) return 'government';
  if (has(SECTOR_WORDS.company.latin)) return 'company';
  return null;
}

/** Legal-form words that also decide when not at the end of the name ("ACME CO LTD BEIJING BRANCH"). */
const COMPANY_LEGAL_WORDS = [
  'CO LTD',
  'LTD',
  'LIMITED',
  'INC',
  'LLC',
  'CORP',
  'CORPORATION',
  'GMBH',
  'PLC',
  'KABUSHIKI KAISHA',
];

function cjkSector(name: string): Found {
  const text = name.normalize('NFKC');
  const has = (words: readonly string[]): boolean => words.some((word) => text.includes(word));
  if (cjkName(text).legalForm !== null || has(['公司', '会社', '會社', '회사'])) return 'company';
  if (has(SECTOR_WORDS.hospital.cjk)) return 'hospital';
  const withoutAcademies = text.replace(/科学院|科學院|研究院|设计院|設計院/g, '');
  if (has(SECTOR_WORDS.university.cjk) || /学院|學院/.test(withoutAcademies)) return 'university';
  if (has(SECTOR_WORDS.research.cjk)) return 'research-institute';
  if (has(SECTOR_WORDS.government.cjk)) return 'government';
  if (has(SECTOR_WORDS.company.cjk)) return 'company';
  return null;
}

const NAME_SUFFIXES = /,?\s+(JR|SR|II|III|IV|DR|PROF|PHD|MD)\.?(?=,|\s|$)/g;
const NAME_WORD = /^[A-Z](?:[A-Z'\-.]*[A-Z.])?$/;

function looksPersonal(name: string): boolean {
  const text = name.normalize('NFKC').trim();
  if (CJK_SCRIPT.test(text)) {
    const compact = text.replace(/[\s·・•]/g, '');
    return /^(?:\p{Script=Han}{2,4}|\p{Script=Hangul}{2,4})$/u.test(compact);
  }
  const upper = removeAccents(text.toUpperCase()).replace(NAME_SUFFIXES, '').trim();
  const parts = upper.split(',').map((part) => part.trim().split(/\s+/).filter(Boolean));
  const words = parts.flat();
  if (!words.every((word) => NAME_WORD.test(word))) return false;
  if (parts.length === 2) return parts.every((part) => part.length >= 1 && part.length <= 3);
  return parts.length === 1 && words.length >= 2 && words.length <= 4;
}
