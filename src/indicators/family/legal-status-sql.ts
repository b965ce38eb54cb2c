/**
 * Source legal-status values (upper-cased at ingest) to in-force | pending | lapsed | unknown. Lens: ACTIVE,
 * PATENTED, PENDING, DISCONTINUED, EXPIRED, INACTIVE; incoPat / PatSnap: 有效, 审中, 失效 and detailed events
 * (授权, 实质审查, 驳回, 视为撤回, 期限届满, 未缴年费, PCT指定期满 ...). Lapse words are tested first, so that
 * INACTIVE and 无效 never read as ACTIVE or 有效.
 */
const LAPSED =
  'INACTIVE|DISCONTINU|EXPIR|LAPS|WITHDRAW|REVOK|CEAS|DEAD|REJECT|REFUS|ABANDON|TERMINAT|失效|撤回|驳回|届满|期满|未缴|放弃|无效|终止|撤销';
const PENDING = 'PENDING|EXAMIN|SEARCH|PUBLISHED|APPLICATION|审|公开|期内|受理';
const IN_FORCE = 'ACTIVE|PATENTED|GRANT|IN FORCE|ALIVE|VALID|有效|授权|维持';

/** SQL mapping the column `column` (a trusted identifier) to the normalised status. */
export function legalStatusSql(column: string): string {
  return `CASE WHEN ${column} IS NULL OR trim(${column}) = '' THEN NULL
    WHEN regexp_matches(${column}, '${LAPSED}') THEN 'lapsed'
    WHEN regexp_matches(${column}, '${PENDING}') THEN 'pending'
    WHEN regexp_matches(${column}, '${IN_FORCE}') THEN 'in-force'
    ELSE 'unknown' END`;
}

/** A family (or publication) takes its best member's status: in force over pending over lapsed. */
export const STATUS_RANK: Record<string, number> = { 'in-force': 1, pending: 2, lapsed: 3, unknown: 4 };

/** Document-type basis: granted (any grant, reissue or plant patent, or a grant date) over utility model ... */
export const DOCUMENT_STATUS_RANK: Record<string, number> = {
  granted: 1,
  'utility-model': 2,
  design: 3,
  application: 4,
  other: 5,
};

export function documentStatusSql(alias: string): string {
  return `CASE WHEN ${alias}.document_type IN ('grant', 'reissue', 'plant') OR ${alias}.grant_date IS NOT NULL THEN 'granted'
    WHEN ${alias}.document_type = 'utility-model' THEN 'utility-model'
    WHEN ${alias}.document_type = 'design' THEN 'design'
    WHEN ${alias}.document_type = 'application' THEN 'application'
    WHEN ${alias}.document_type = 'other' THEN 'other' END`;
}

/** SQL VALUES rows (status, rank) of a rank table. */
export function rankValues(ranks: Record<string, number>): string {
  return Object.entries(ranks)
    .map(([status, rank]) => `('${status}', ${rank})`)
    .join(', ');
}
