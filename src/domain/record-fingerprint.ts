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
 * 2. otherwise the richer record wins (see `richness`);
 * 3. equal richness: the record from the more recently modified source file wins;
 * 4. still equal: the stored record stays.
 * Within one run, duplicates are decided the same way, ties going to the first seen.
 * Source labels are not part of this: each source's labels are kept beside whichever record wins.
 */
export function richness(r: PatentRecord): number {
  const hasPlace = (p: { city: string | null; address: string | null }) =>
    p.city !== null || p.address !== null;
  // Weights: the texts and the classification / party lists are what analyses read; a bare id or a
  // date alone must never outweigh a title with its abstract.
  const weighted: [boolean, number][] = [
    [Object.keys(r.titles).length > 0, 4],
    [Object.keys(r.abstracts).length > 0, 4],
    [r.claimsCount !== null, 2],
    [r.firstClaim !== null, 2],
    [r.classifications.some((c) => c.scheme === 'ipc'), 2],
    [r.classifications.some((c) => c.scheme === 'cpc'), 2],
    [r.applicants.length > 0, 2],
    [r.inventors.length > 0, 2],
    [r.applicants.some(hasPlace) || r.inventors.some(hasPlace), 1],
    [r.citations.length > 0, 2],
    [r.priorities.length > 0 || r.priorityDate !== null, 1],
    [r.applicationNumber !== null || r.applicationDate !== null, 1],
    [r.publicationDate !== null, 1],
    [r.familyId !== null || r.familySize !== null, 1],
    [r.legalStatus !== null, 1],
    [r.documentType !== null, 1],
    [r.kind !== null, 1],
  ];
  return weighted.reduce((sum, [filled, weight]) => (filled ? sum + weight : sum), 0);
}

/** Hash of everything but provenance: the same document read from two files hashes the same. */
export function contentHash(r: PatentRecord): string {
  const { source: _source, ...content } = r;
  return createHash('sha1').update(JSON.stringify(content)).digest('hex');
}
