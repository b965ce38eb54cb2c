import {
  refreshTechnologyFields,
  type TechnologyFieldCounts,
} from '../classify/wipo-fields/refresh-technology-fields.js';
import { type PlaceCounts, refreshPlaces } from '../geo/refresh-places.js';
import { type OriginCounts, refreshPublicationOrigins } from '../geo/refresh-publication-origins.js';
import { type ApplicantGroups, loadApplicantGroups } from '../harmonize/applicants/applicant-groups.js';
import { type ApplicantNameCounts, refreshApplicantNames } from '../harmonize/refresh-applicant-names.js';
import type { Store } from '../store/open-store.js';

export interface DerivedTableCounts {
  fields: TechnologyFieldCounts;
  applicants: ApplicantNameCounts;
  places: PlaceCounts;
  origins: OriginCounts;
}

/**
 * Rebuild the derived tables in dependency order: WIPO fields, harmonised applicant names, resolved places, then
 * origins (which read places). Runs inside the caller's transaction: every ingest, and `patlas refresh`.
 */
export async function refreshDerivedTables(
  store: Store,
  groups: ApplicantGroups = loadApplicantGroups(),
): Promise<DerivedTableCounts> {
  const fields = await refreshTechnologyFields(store);
  const applicants = await refreshApplicantNames(store, groups);
  const places = await refreshPlaces(store);
  const origins = await refreshPublicationOrigins(store);
  return { fields, applicants, places, origins };
}

/** What every ingest rebuilds: a store is never left with stale derived tables. */
export const DERIVE_AFTER_INGEST: readonly ((store: Store) => Promise<unknown>)[] = [
  (store) => refreshDerivedTables(store),
];
