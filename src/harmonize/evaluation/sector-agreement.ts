import type { ApplicantSector } from '../applicants/applicant-sector.js';

/**
 * The Patlas sectors that agree with each PATSTAT PSN sector. GOV NON-PROFIT covers public research bodies as
 * well as administrations, so both Patlas sectors agree; a combined PSN sector agrees with each of its parts.
 * PSN sectors not listed here (UNKNOWN) are left out of the agreement and shown in the matrix.
 */
export const PSN_SECTOR_AGREES: Readonly<Record<string, readonly ApplicantSector[]>> = {
  COMPANY: ['company'],
  INDIVIDUAL: ['individual'],
  UNIVERSITY: ['university'],
  'GOV NON-PROFIT': ['government', 'research-institute'],
  HOSPITAL: ['hospital'],
  'GOV NON-PROFIT UNIVERSITY': ['university', 'government', 'research-institute'],
  'COMPANY GOV NON-PROFIT': ['company', 'government', 'research-institute'],
  'COMPANY HOSPITAL': ['company', 'hospital'],
};

export const APPLICANT_SECTORS: readonly ApplicantSector[] = [
  'company',
  'university',
  'research-institute',
  'government',
  'hospital',
  'individual',
  'unknown',
];

export interface SectorAgreement {
  /** PSN sector -> Patlas sector -> persons. */
  matrix: Record<string, Record<ApplicantSector, number>>;
  /** Persons whose PSN sector is in PSN_SECTOR_AGREES. */
  compared: number;
  agreeing: number;
  agreement: number;
}

export function sectorAgreement(
  rows: readonly { psnSector: string; sector: ApplicantSector; persons: number }[],
): SectorAgreement {
  const matrix: Record<string, Record<ApplicantSector, number>> = {};
  let compared = 0;
  let agreeing = 0;
  for (const { psnSector, sector, persons } of rows) {
    matrix[psnSector] ??= Object.fromEntries(APPLICANT_SECTORS.map((s) => [s, 0])) as Record<
      ApplicantSector,
      number
    >;
    matrix[psnSector][sector] += persons;
    const agrees = PSN_SECTOR_AGREES[psnSector];
    if (!agrees) continue;
    compared += persons;
    if (agrees.includes(sector)) agreeing += persons;
  }
  return { matrix, compared, agreeing, agreement: compared === 0 ? 0 : agreeing / compared };
}
