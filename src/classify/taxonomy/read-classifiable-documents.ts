import type { Store } from '../../store/open-store.js';
import { readPublicationTexts } from '../../store/read-publication-texts.js';
import type { ClassifiableDocument } from './classifiable-document.js';

/** Every publication of the store with its texts and IPC/CPC symbols, in batches (memory stays flat). */
export async function* readClassifiableDocuments(store: Store): AsyncGenerator<ClassifiableDocument[]> {
  for await (const batch of readPublicationTexts(store)) {
    yield batch.map((p) => ({
      publicationNumber: p.publicationNumber,
      texts: { title: p.titles, abstract: p.abstracts, claims: p.claims },
      codes: p.codes,
    }));
  }
}
