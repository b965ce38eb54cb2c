import { refreshTechnologyFields } from '../classify/wipo-fields/refresh-technology-fields.js';
import { refreshPlaces } from '../geo/refresh-places.js';
import { refreshPublicationOrigins } from '../geo/refresh-publication-origins.js';
import { refreshApplicantNames } from '../harmonize/refresh-applicant-names.js';
import type { Store } from '../store/open-store.js';

/**
 * The tables rebuilt inside every ingest transaction, in dependency order: WIPO fields, harmonised applicant
 * names, resolved places, then origins (which read places). A store is never left with stale derived tables.
 */
export const DERIVE_AFTER_INGEST: readonly ((store: Store) => Promise<unknown>)[] = [
  refreshTechnologyFields,
  (store) => refreshApplicantNames(store),
  (store) => refreshPlaces(store),
  refreshPublicationOrigins,
];
