import type { ApplicantGroups } from './applicant-groups.js';
import { applicantMatchKey } from './applicant-match-key.js';
import { type ApplicantSector, applicantSector } from './applicant-sector.js';
import { displayName } from './display-name.js';

export interface HarmonizedApplicant {
  matchKey: string;
  groupId: string | null;
  /** group English name, or the most readable form of the name */
  displayName: string;
  sector: ApplicantSector;
}

/**
 * A harmoniser bound to one set of corporate groups: name -> match key, group, display name and sector.
 * @example createApplicantHarmonizer(loadApplicantGroups())('北京百度网讯科技有限公司').groupId // 'baidu'
 */
export function createApplicantHarmonizer(
  groups: ApplicantGroups,
): (name: string, partyType?: string | null) => HarmonizedApplicant {
  return (name, partyType) => {
    const matchKey = applicantMatchKey(name);
    const group = groups.groupOf(matchKey);
    return {
      matchKey,
      groupId: group?.id ?? null,
      displayName: group?.name.en ?? displayName(name),
      sector: applicantSector(name, partyType),
    };
  };
}
