import type { Readable } from 'node:stream';

/**
 * One input as readers see it: a plain file, a gunzipped file, or an entry inside a zip archive.
 * `open()` gives a fresh stream of the decompressed bytes each time it is called.
 */
export interface InputSource {
  /** What users see in messages and provenance: a path, or `archive.zip!inner/file.xml`. */
  name: string;
  /** Bytes `open()` yields (uncompressed size of gz files and zip entries); used for progress. */
  size: number;
  /** Modification time of the file on disk, ms since the epoch; decides ties between sources. */
  mtimeMs: number;
  open(): Readable;
  /**
   * The file on disk whose bytes `open()` yields unchanged, when there is one (not a gz file, not a zip
   * entry): a reader may read ranges of it directly, e.g. on worker threads.
   */
  path?: string;
  /** A reader that reads `path` directly rather than through `open()` reports the bytes it consumed here. */
  consumed?(bytes: number): void;
}
