import { createHash } from 'node:crypto';
import type { PatentRecord } from './patent-record.js';

/** What the store's replacement rule compares; computed where the record is parsed (often a worker thread). */
export interface RecordFingerprint {
  richness: number;
  hash: string;
}

export function fingerprintOf(r: PatentRecord): RecordFingerprint {
  return { richness: richness(r), hash: contentHash(r) };
}

/**
 * Which record wins when a publication arrives again (documented in docs/data-model.md; applied in
 * store/merge-stage.ts):
 * 1. identical content (same hash, provenance ignored): nothing changes;
 * 2. otherwise the richer record wins (more field groups filled: see `richness`);
 * 3. equal richness: the record from the more recently modified source file wins;
 * 4. still equal: the stored record stays.
 * Within one run, duplicates are decided the same way, ties going to the first seen.
 */
export function richness(r: PatentRecord): number {
  const filled = [
    Object.keys(r.titles).length > 0,
    Object.keys(r.abstracts).length > 0,
    r.claimsCount !== null,
    r.firstClaim !== null,
    r.classifications.some((c) => c.scheme === 'ipc'),
    r.classifications.some((c) => c.scheme === 'cpc'),
    r.applicants.length > 0,
    r.inventors.length > 0,
    r.applicants.some((p) => p.city !== null || p.address !== null) ||
      r.inventors.some((p) => p.city !== null || p.address !== null),
    r.citations.length > 0,
    r.priorities.length > 0 || r.priorityDate !== null,
    r.applicationNumber !== null || r.applicationDate !== null,
    r.publicationDate !== null,
    r.familyId !== null || r.familySize !== null,
    r.legalStatus !== null,
    r.documentType !== null,
    r.kind !== null,
  ];
  return filled.filter(Boolean).length;
}

/** Hash of everything but provenance: the same document read from two files hashes the same. */
export function contentHash(r: PatentRecord): string {
  const { source: _source, ...content } = r;
  return createHash('sha1').update(JSON.stringify(content)).digest('hex');
}
