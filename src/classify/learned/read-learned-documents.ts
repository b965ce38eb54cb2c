import type { Store } from '../../store/open-store.js';
import { readPublicationTexts } from '../../store/read-publication-texts.js';
import type { LearnedDocument } from './learned-document.js';

export interface StoredDocument {
  publicationNumber: string;
  document: LearnedDocument;
}

/** The store's publications (all, or only the listed numbers) as the learned classifier reads them, in batches. */
export async function* readLearnedDocuments(
  store: Store,
  only?: readonly string[],
): AsyncGenerator<StoredDocument[]> {
  for await (const batch of readPublicationTexts(store, only)) {
    yield batch.map((p) => ({
      publicationNumber: p.publicationNumber,
      document: { title: p.titles, abstract: p.abstracts, claims: p.claims, codes: p.codes },
    }));
  }
}
