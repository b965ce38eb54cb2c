import { bi } from '../bilingual.js';
import type { Bilingual } from '../indicator-types.js';

/** Why a family indicator has nothing to count. */
export const NO_UNITS = bi('no unit in scope', '范围内没有专利');

/** Where the jurisdictions of the units come from. */
export function jurisdictionsNote(reported: number, units: number): Bilingual {
  return bi(
    `jurisdictions: source-reported member jurisdictions for ${reported} of ${units} units; the rest from the store's own publications and priority claims`,
    `布局国家/地区：${units} 件专利中 ${reported} 件采用数据源提供的同族成员国家/地区，其余取自数据库中的公开文本和优先权信息`,
  );
}

/** How the family facts are read (createFamilyFacts), stated in every family indicator's definition. */
export const FAMILY_FACT_NOTES: Bilingual[] = [
  bi(
    "A unit's family is read from all of the family's publications in the store, not only those in scope (unit = publication: the publication's family).",
    '专利的同族信息取自数据库中该同族的全部公开文本，而不仅是范围内的文本（统计单元为公开文本时，取该文本所属的同族）。',
  ),
  bi(
    'Family size = the simple family size the source reports (largest over members); without one, the family publications in the store.',
    '同族规模 = 数据源提供的简单同族规模（取各成员中的最大值）；数据源未提供时，为数据库中该同族的公开文本数。',
  ),
  bi(
    'Jurisdictions = offices of the family publications, of its priority claims, and the member jurisdictions the source reports; EP, WO and other regional offices count as offices.',
    '布局国家/地区 = 同族各公开文本的受理局、其优先权的受理局，以及数据源提供的同族成员国家/地区；EP、WO等地区性组织也计为受理局。',
  ),
  bi(
    'Home office = the origin country with the largest weight (applicant, else inventor countries), else the office of the earliest national priority claim, else of the earliest national publication; EP and WO are never a home. Overseas = any office other than home.',
    '本国受理局 = 权重最大的来源国（依次取申请人国别、发明人国别），否则为最早国家优先权的受理局，再否则为最早国家公开文本的受理局；EP和WO不作为本国。海外 = 本国以外的任何受理局。',
  ),
  bi(
    'PCT route = a WO publication, a WO priority claim or WO among the reported member jurisdictions.',
    'PCT途径 = 同族中有WO公开文本、WO优先权，或数据源提供的成员国家/地区中包含WO。',
  ),
];
