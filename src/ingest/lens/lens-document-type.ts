import type { DocumentType } from '../../domain/patent-record.js';

/**
 * Lens document types (`Type` / `Document Type`), also used verbatim by the CSET AI patent database.
 * `unknown` and `ambiguous` say nothing and give null; types Lens spells with typos are kept as seen.
 */
const LENS_DOCUMENT_TYPES: Record<string, DocumentType | null> = {
  'patent application': 'application',
  'granted patent': 'grant',
  'utility patent application': 'utility-model',
  'granted utility patent': 'utility-model',
  'utility model': 'utility-model',
  'design right': 'design',
  'plant patent': 'plant',
  'limited patent': 'other',
  'amended patent': 'other',
  'ammended patent': 'other',
  'utility patent amendment': 'other',
  'search report': 'other',
  'statutory invention registration': 'other',
  other: 'other',
  unknown: null,
  ambiguous: null,
};

/** The canonical document type of a Lens type label; `undefined` when the label is not known. */
export function lensDocumentType(label: string): DocumentType | null | undefined {
  const key = label.trim().toLowerCase();
  if (key === '') return null;
  return key in LENS_DOCUMENT_TYPES ? LENS_DOCUMENT_TYPES[key] : undefined;
}
