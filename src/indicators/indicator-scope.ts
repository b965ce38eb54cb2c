import type { SqlParams, Store } from '../store/open-store.js';
import { type DataCutoff, lastCompleteYear, readDataCutoff } from './data-cutoff.js';
import type { IndicatorParams } from './indicator-params.js';
import type { AppliedFilters, DateBasis } from './indicator-types.js';
import { tempTableName } from './temp-table-name.js';
import { resolveApplicantFilter, validateTaxonomyFilter } from './validate-filters.js';

/**
 * The units an indicator run counts, materialised once per run as two temporary tables so that every indicator
 * joins the same set: `pubs` (publication_number, unit_id, year) and `units` (unit_id, year, publications).
 * A family's year is the earliest year of its publications in scope; the year filter applies to units.
 */
export interface IndicatorScope {
  pubs: string;
  units: string;
  unitCount: number;
  publicationCount: number;
  /** Units with a year on the date basis. */
  unitsWithYear: number;
  cutoff: DataCutoff;
  lastCompleteYear: number | null;
  filters: AppliedFilters;
  /**
   * A working table several indicators of the run need (family facts, quality components, unit applicants):
   * built on first use, then shared, and dropped with the scope.
   */
  shared<T>(key: string, build: () => Promise<SharedTable<T>>): Promise<T>;
  release(): Promise<void>;
}

export interface SharedTable<T> {
  value: T;
  release(): Promise<void>;
}

/** SQL for a publication's year on each date basis (alias `p` = publications). */
export const YEAR_SQL: Record<DateBasis, string> = {
  // A filing that claims no priority is its own first filing: its application year is its priority year.
  priority: 'coalesce(year(p.priority_date), p.priority_year, year(p.application_date))',
  application: 'year(p.application_date)',
  publication: 'coalesce(year(p.publication_date), p.publication_year)',
};

export async function createIndicatorScope(store: Store, params: IndicatorParams): Promise<IndicatorScope> {
  await validateTaxonomyFilter(store, params.taxonomy, params.category);
  const applicantId = params.applicant ? await resolveApplicantFilter(store, params.applicant) : null;
  const pubs = tempTableName('ind_scope_pubs');
  const units = tempTableName('ind_scope_units');
  const where: string[] = [];
  const values: SqlParams = [];
  if (params.taxonomy) {
    where.push(
      `p.publication_number IN (SELECT publication_number FROM labels WHERE taxonomy_id = ?${params.category ? ' AND category_id = ?' : ''})`,
    );
    values.push(params.taxonomy, ...(params.category ? [params.category] : []));
  }
  if (params.country) {
    where.push(
      'p.publication_number IN (SELECT publication_number FROM publication_origins WHERE country_code = ?)',
    );
    values.push(params.country);
  }
  if (applicantId) {
    where.push(`p.publication_number IN (SELECT pa.publication_number FROM parties pa
      JOIN applicant_names an ON an.name = pa.name WHERE pa.role = 'applicant' AND an.applicant_id = ?)`);
    values.push(applicantId);
  }
  const unitSql =
    params.unit === 'family' ? 'coalesce(p.family_id, p.publication_number)' : 'p.publication_number';
  await store.run(
    `CREATE OR REPLACE TEMP TABLE ${pubs} AS
     SELECT p.publication_number, ${unitSql} AS unit_id, ${YEAR_SQL[params.dateBasis]}::INTEGER AS year
     FROM publications p ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
    values,
  );
  const cutoff = await readDataCutoff(store, pubs, params.cutoff);
  const yearFilter: string[] = [];
  const yearValues: SqlParams = [];
  if (params.from !== undefined) {
    yearFilter.push('year >= ?');
    yearValues.push(params.from);
  }
  if (params.to !== undefined) {
    yearFilter.push('year <= ?');
    yearValues.push(params.to);
  }
  await store.run(
    `CREATE OR REPLACE TEMP TABLE ${units} AS
     SELECT unit_id, min(year) AS year, count(*)::INTEGER AS publications FROM ${pubs} GROUP BY unit_id
     ${yearFilter.length ? `HAVING ${yearFilter.map((f) => f.replace('year', 'min(year)')).join(' AND ')}` : ''}`,
    yearValues,
  );
  if (yearFilter.length) {
    await store.run(`DELETE FROM ${pubs} WHERE unit_id NOT IN (SELECT unit_id FROM ${units})`);
  }
  const shared = new Map<string, Promise<SharedTable<unknown>>>();
  const counts = await store.one<{ units: number; with_year: number; pubs: number }>(
    `SELECT (SELECT count(*) FROM ${units}) AS units, (SELECT count(year) FROM ${units}) AS with_year,
       (SELECT count(*) FROM ${pubs}) AS pubs`,
  );
  return {
    pubs,
    units,
    unitCount: Number(counts?.units ?? 0),
    unitsWithYear: Number(counts?.with_year ?? 0),
    publicationCount: Number(counts?.pubs ?? 0),
    cutoff,
    lastCompleteYear: lastCompleteYear(cutoff.date, params.dateBasis),
    filters: {
      taxonomy: params.taxonomy ?? null,
      category: params.category ?? null,
      from: params.from ?? null,
      to: params.to ?? null,
      country: params.country ?? null,
      applicant: applicantId,
    },
    shared: async <T>(key: string, build: () => Promise<SharedTable<T>>) => {
      let entry = shared.get(key) as Promise<SharedTable<T>> | undefined;
      if (!entry) {
        entry = build();
        shared.set(key, entry);
      }
      return (await entry).value;
    },
    release: async () => {
      for (const entry of shared.values()) await (await entry).release();
      shared.clear();
      await store.run(`DROP TABLE IF EXISTS ${pubs}; DROP TABLE IF EXISTS ${units}`);
    },
  };
}
