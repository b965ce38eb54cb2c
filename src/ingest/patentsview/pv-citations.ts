import type { Citation, PatentCitation } from '../../domain/patent-record.js';
import { parsePublicationNumber } from '../../domain/publication-number.js';
import type { CitationItem } from './joined-row.js';
import { clean } from './pv-values.js';

/** US patents cited by the patent; `citation_category` is the USPTO phrase (`cited by examiner`). */
export function patentCitations(items: CitationItem[] | null): Citation[] {
  const citations: Citation[] = [];
  for (const item of items ?? []) {
    const raw = clean(item.id);
    if (raw === null) continue;
    const parsed = parsePublicationNumber(`US${raw}`, { kind: clean(item.kind) });
    const citation: PatentCitation = {
      kind: 'patent',
      publicationNumber: parsed?.publicationNumber ?? null,
      raw,
      category: null,
      citedBy: citedBy(item.category),
    };
    citations.push(citation);
  }
  return citations;
}

function citedBy(category: string | null): PatentCitation['citedBy'] {
  const text = clean(category)?.toLowerCase() ?? '';
  if (text.includes('examiner')) return 'examiner';
  if (text.includes('applicant')) return 'applicant';
  if (text.includes('third')) return 'third-party';
  if (text.includes('other')) return 'other';
  return null;
}
