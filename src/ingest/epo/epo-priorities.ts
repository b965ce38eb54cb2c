import { dateField } from '../../domain/patent-date.js';
import type { PriorityClaim } from '../../domain/patent-record.js';
import type { RecordWarning } from '../../domain/read-item.js';
import { childElements, textAt, textOf, type XmlElement } from '../xml/parse-xml-tree.js';

/**
 * Priority claims from `B300`, whose DTD model is a flat run of groups
 * `(B310 number, B310EP?, B311EP?, B320 date, B330 country, B340?)*`: each `B310` opens a claim.
 */
export function readPriorities(b300: XmlElement | null, warnings: RecordWarning[]): PriorityClaim[] {
  const out: PriorityClaim[] = [];
  for (const el of b300 ? childElements(b300) : []) {
    if (el.name === 'B310') {
      const number = textOf(el);
      if (number) out.push({ sequence: out.length + 1, country: null, number, date: null });
      continue;
    }
    const current = out[out.length - 1];
    if (!current) continue;
    if (el.name === 'B320') {
      current.date = dateField(textAt(el, 'date'), `priorities[${current.sequence - 1}].date`, warnings);
    } else if (el.name === 'B330') {
      const country = textAt(el, 'ctry');
      current.country = country && /^[A-Za-z]{2}$/.test(country) ? country.toUpperCase() : null;
    }
  }
  return out;
}
