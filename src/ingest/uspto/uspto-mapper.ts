import type { Citation, PatentRecord, Provenance } from '../../domain/patent-record.js';
import type { RecordWarning } from '../../domain/read-item.js';
import type { XmlElement } from '../xml/parse-xml-tree.js';

/** What the cutter learned from bytes that the tree no longer shows. */
export interface DocumentFacts {
  source: Provenance;
  /** Claims counted on the whole claims section (the tree holds only the first claim). */
  claimsCount: number | null;
  independentClaimsCount: number | null;
  /** Citations read by string search from the section the plan lifted out of the tree; null when none. */
  citations: Citation[] | null;
  /** Language of the root element (`lang="EN"`), lower-cased; `en` when absent. */
  lang: string;
}

/** A mapped document: a record with its warnings, or the reason it cannot be one. */
export type MappedDocument =
  | { ok: true; record: PatentRecord; warnings: RecordWarning[] }
  | { ok: false; reason: string };

/** Turns the cut-down tree of one document (its root element) into a record. */
export type DocumentMapper = (root: XmlElement, facts: DocumentFacts) => MappedDocument;
