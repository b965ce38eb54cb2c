import { parsePublicationNumber, publicationKeyWithoutKind } from '../domain/publication-number.js';
import type { Store } from '../store/open-store.js';
import { findPublicationNumbers, type PublicationView, readPublication } from '../store/read-publication.js';
import { HttpError } from './http-error.js';

/**
 * A publication by any usual spelling, as `patlas show` finds it: the exact number, or without a kind code the one
 * publication stored under that country and number. 400 for what is not a publication number, 404 when absent.
 */
export async function resolvePublication(store: Store, number: string): Promise<PublicationView> {
  const id = parsePublicationNumber(number);
  if (!id) {
    throw new HttpError(
      400,
      'usage',
      `"${number}" is not a publication number`,
      'e.g. EP3782854A1 or US 8,926,509 B2',
    );
  }
  const view = await readPublication(store, id.publicationNumber);
  if (view) return view;
  const candidates = await findPublicationNumbers(store, publicationKeyWithoutKind(id));
  const only = candidates.length === 1 ? candidates[0] : undefined;
  if (only && id.kind === null) {
    const found = await readPublication(store, only);
    if (found) return found;
  }
  throw new HttpError(
    404,
    'not-found',
    `${id.publicationNumber} is not in the store`,
    candidates.length ? `the store has ${candidates.join(', ')}` : null,
  );
}
