import type { PatentRecord } from '../../domain/patent-record.js';
import type { ClassifiableDocument } from '../taxonomy/classifiable-document.js';

/** A record as a taxonomy sees it, the same texts and codes the store gives `patlas classify`. */
export function recordDocument(record: PatentRecord): ClassifiableDocument {
  return {
    publicationNumber: record.publicationNumber,
    texts: {
      title: Object.values(record.titles),
      abstract: Object.values(record.abstracts),
      claims: record.firstClaim ? [record.firstClaim.text] : [],
    },
    codes: [...new Set(record.classifications.map((c) => c.symbol))],
  };
}
