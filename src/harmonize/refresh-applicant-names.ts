import { type AppendCell, appendRows } from '../store/append-rows.js';
import type { Store } from '../store/open-store.js';
import { type ApplicantGroups, loadApplicantGroups } from './applicants/applicant-groups.js';
import { createApplicantHarmonizer } from './applicants/harmonize-applicant.js';

export interface ApplicantNameCounts {
  names: number;
  grouped: number;
  groupsFile: string;
}

/**
 * Rebuild `applicant_names`: each distinct applicant name with its match key, corporate group, the id indicators
 * count (group id, else match key), a display name and a sector. Names are harmonised once each, not per row.
 * When a name appears with several source party types, the most frequent one informs the sector.
 */
export async function refreshApplicantNames(
  store: Store,
  groups: ApplicantGroups = loadApplicantGroups(),
): Promise<ApplicantNameCounts> {
  const harmonize = createApplicantHarmonizer(groups);
  const names = await store.all<{ name: string; party_type: string | null }>(
    `SELECT name, mode(party_type) AS party_type FROM parties WHERE role = 'applicant' GROUP BY name`,
  );
  await store.run('DELETE FROM applicant_names');
  let grouped = 0;
  const rows: AppendCell[][] = names.map(({ name, party_type }) => {
    const h = harmonize(name, party_type);
    if (h.groupId) grouped += 1;
    // An empty key (a name of punctuation only) would merge unrelated names: such a name stands for itself.
    const key = h.matchKey || name;
    return [name, key, h.groupId, h.groupId ?? key, h.displayName || name, h.sector];
  });
  await appendRows(store, 'applicant_names', rows);
  return { names: names.length, grouped, groupsFile: groups.file };
}
