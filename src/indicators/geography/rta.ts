export interface CountryFieldCount {
  country: string;
  field: string;
  count: number;
}

export interface CountryFieldRta extends CountryFieldCount {
  rta: number;
  rsta: number;
}

/**
 * Balassa's revealed technological advantage of every country in every field that has any count:
 * RTA_cf = (P_cf / Σ_f P_cf) / (Σ_c P_cf / Σ_c Σ_f P_cf); RSTA = (RTA − 1) / (RTA + 1). Missing cells are zeros
 * (RTA 0, RSTA −1); a country without any count has no row.
 */
export function revealedAdvantage(cells: readonly CountryFieldCount[]): CountryFieldRta[] {
  const byCountry = new Map<string, number>();
  const byField = new Map<string, number>();
  const cell = new Map<string, number>();
  let total = 0;
  for (const c of cells) {
    byCountry.set(c.country, (byCountry.get(c.country) ?? 0) + c.count);
    byField.set(c.field, (byField.get(c.field) ?? 0) + c.count);
    cell.set(`${c.country}\u0000${c.field}`, (cell.get(`${c.country}\u0000${c.field}`) ?? 0) + c.count);
    total += c.count;
  }
  const out: CountryFieldRta[] = [];
  for (const [country, countryTotal] of byCountry) {
    if (countryTotal <= 0) continue;
    for (const [field, fieldTotal] of byField) {
      if (fieldTotal <= 0) continue;
      const count = cell.get(`${country}\u0000${field}`) ?? 0;
      const rta = count / countryTotal / (fieldTotal / total);
      out.push({ country, field, count, rta, rsta: (rta - 1) / (rta + 1) });
    }
  }
  return out;
}
