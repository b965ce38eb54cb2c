import type { DocumentType } from '../../domain/patent-record.js';

/**
 * Document type from office and kind code where the codes are unambiguous: CN (A application,
 * B/C grant, U/Y utility model, S design), US (A1/A2/A9 application; B, E reissue, S, P plant) and
 * the EP/WO pattern (A application, B grant). Null otherwise.
 */
export function documentTypeOf(country: string, kind: string | null): DocumentType | null {
  if (kind === null) return null;
  const letter = kind[0]!;
  if (country === 'CN') {
    if (letter === 'A') return 'application';
    if (letter === 'B' || letter === 'C') return 'grant';
    if (letter === 'U' || letter === 'Y') return 'utility-model';
    if (letter === 'S') return 'design';
    return null;
  }
  if (country === 'US') {
    if (/^A[129]$/.test(kind) || kind === 'P1') return 'application';
    if (letter === 'B' || kind === 'A') return 'grant';
    if (letter === 'E') return 'reissue';
    if (letter === 'S') return 'design';
    if (letter === 'P') return 'plant';
    return null;
  }
  if (letter === 'A') return 'application';
  if (letter === 'B') return 'grant';
  return null;
}
