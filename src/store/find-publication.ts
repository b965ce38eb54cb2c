import { PatlasError } from '../domain/patlas-error.js';
import {
  type PublicationNumber,
  parsePublicationNumber,
  publicationKeyWithoutKind,
} from '../domain/publication-number.js';
import type { Store } from './open-store.js';
import { findPublicationNumbers, type PublicationView, readPublication } from './read-publication.js';

/** A publication number in any usual spelling, parsed; a usage error for anything else (checked before a store is opened). */
export function requirePublicationNumber(number: string): PublicationNumber {
  const id = parsePublicationNumber(number);
  if (!id) {
    throw new PatlasError('usage', `"${number}" is not a publication number`, {
      hint: 'e.g. EP3782854A1 or "US 8,926,509 B2"',
    });
  }
  return id;
}

/**
 * A publication by any usual spelling (EP3782854A1, "US 8,926,509 B2", us8926509): the exact number, or, given
 * without a kind code, the one publication stored under that country and number. A usage error for what is not a
 * publication number, not-found (naming the numbers the store does have) when absent. `where` names the store in
 * the message.
 */
export async function findPublication(store: Store, number: string, where: string): Promise<PublicationView> {
  const id = requirePublicationNumber(number);
  const view = await readPublication(store, id.publicationNumber);
  if (view) return view;
  const candidates = await findPublicationNumbers(store, publicationKeyWithoutKind(id));
  const only = candidates.length === 1 ? candidates[0] : undefined;
  if (only && id.kind === null) {
    const found = await readPublication(store, only);
    if (found) return found;
  }
  throw new PatlasError('not-found', `${id.publicationNumber} is not in ${where}`, {
    ...(candidates.length ? { hint: `the store has ${candidates.join(', ')}` } : {}),
  });
}
