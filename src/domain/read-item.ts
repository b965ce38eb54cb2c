import type { PatentRecord } from './patent-record.js';
import type { RecordFingerprint } from './record-fingerprint.js';

/** Where in a file something happened. At least one of the two is set. */
export interface SourcePosition {
  byteOffset: number | null;
  line: number | null;
}

/** A field-level problem in a record that was still kept (e.g. an impossible date set to null). */
export interface RecordWarning {
  field: string;
  reason: string;
}

/** What a reader yields: a record (with any warnings) or a rejected record with its reason. */
export type ReadItem =
  | { kind: 'record'; record: PatentRecord; warnings: RecordWarning[]; fingerprint?: RecordFingerprint }
  | { kind: 'reject'; file: string; position: SourcePosition; reason: string; excerpt: string };

/** The first `max` characters of a text, on one line, for reject messages. */
export function excerptOf(text: string, max = 200): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
}
