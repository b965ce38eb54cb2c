import type { Party, PartyRole } from '../../domain/patent-record.js';
import type { RowValues } from './mapped-values.js';
import type { BoundField } from './resolve-mapping.js';

export interface PartyDetailFields {
  address?: BoundField;
  province?: BoundField;
  country?: BoundField;
}

/**
 * One party per separated name. Detail columns (address, province, country) are split the same
 * way and the n-th value goes to the n-th party; a country is kept only when it is a two-letter code.
 */
export function mappedParties(
  role: PartyRole,
  values: RowValues,
  names: BoundField | undefined,
  details: PartyDetailFields = {},
): Party[] {
  const addresses = values.list(details.address);
  const provinces = values.list(details.province);
  const countries = values.list(details.country);
  return values.list(names).map((name, i) => {
    const country = countries[i]?.toUpperCase() ?? null;
    return {
      role,
      sequence: i + 1,
      name,
      country: country !== null && /^[A-Z]{2}$/.test(country) ? country : null,
      city: null,
      state: provinces[i] ?? null,
      address: addresses[i] ?? null,
      postcode: null,
      partyType: null,
    };
  });
}
