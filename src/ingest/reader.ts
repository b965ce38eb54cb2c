import type { SourceFormat } from '../domain/patent-record.js';
import type { ReadItem } from '../domain/read-item.js';
import type { InputSource } from './input-source.js';

/**
 * A reader turns one input into canonical records and rejects, streaming: it never holds more than
 * one record (or one XML document) in memory, and a bad record becomes a `reject` item, never a throw.
 * It throws `PatlasError` only when the whole input is unusable (unreadable, wrong format).
 */
export type Reader = (input: InputSource) => AsyncIterable<ReadItem>;

/** What `detect-format` decides from the first bytes of an input. */
export interface DetectedFormat {
  format: SourceFormat;
  /** Version of the format where visible (`v4.5`, `2016 column set` ...). */
  formatVersion: string | null;
}
