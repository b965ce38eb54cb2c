import type { Party } from '../../domain/patent-record.js';
import type { AssigneeItem, InventorItem, Place } from './joined-row.js';
import { clean, countryCode } from './pv-values.js';

/** Assignees become applicants: the organisation, or `Last, First` for individuals. */
export function assigneeParties(items: AssigneeItem[] | null): Party[] {
  const parties: Party[] = [];
  for (const item of items ?? []) {
    const name = clean(item.organization) ?? personName(item.last, item.first);
    if (name === null) continue;
    parties.push({
      role: 'applicant',
      sequence: parties.length + 1,
      name,
      ...place(item),
      partyType: clean(item.type),
    });
  }
  return parties;
}

export function inventorParties(items: InventorItem[] | null): Party[] {
  const parties: Party[] = [];
  for (const item of items ?? []) {
    const name = personName(item.last, item.first);
    if (name === null) continue;
    parties.push({ role: 'inventor', sequence: parties.length + 1, name, ...place(item), partyType: null });
  }
  return parties;
}

function personName(last: string | null, first: string | null): string | null {
  const family = clean(last);
  const given = clean(first);
  if (family && given) return `${family}, ${given}`;
  return family ?? given;
}

function place(item: Place): Pick<Party, 'country' | 'city' | 'state' | 'address' | 'postcode'> {
  return {
    country: countryCode(item.country),
    city: clean(item.city),
    state: clean(item.state),
    address: null,
    postcode: null,
  };
}
