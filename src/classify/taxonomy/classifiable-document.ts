import type { TextField } from './taxonomy-schema.js';

/**
 * What a taxonomy looks at: a publication's texts per field (every language it has; `claims` is the first
 * claim, the only claim text the store keeps) and its IPC and CPC symbols, normalised (`G06N3/08`).
 */
export interface ClassifiableDocument {
  publicationNumber: string;
  texts: Record<TextField, string[]>;
  codes: string[];
}
