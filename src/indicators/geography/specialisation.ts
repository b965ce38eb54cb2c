import { countryName } from '../../geo/countries/world-region.js';
import { bi } from '../bilingual.js';
import type { Indicator } from '../indicator-types.js';
import { revealedAdvantage } from './rta.js';
import { type SpecialisationCell, taxonomyCells, wipoFieldCells } from './specialisation-cells.js';
import { basisMixNote, basisParameters, originCoverage } from './unit-origins.js';

export interface SpecialisationRow {
  [key: string]: string | number;
  country: string;
  name: string;
  nameZh: string;
  /** WIPO field number ('6' = computer technology), or the taxonomy category id with --taxonomy. */
  field: string;
  fieldName: string;
  rta: number;
  rsta: number;
  /** P_cf: fractional units of the country in the field. */
  count: number;
}

export const specialisation: Indicator<SpecialisationRow> = {
  id: 'specialisation',
  spec: {
    title: { en: 'Technological specialisation (RTA)', zh: '技术专业化指数（RTA）' },
    description: {
      en: "Revealed technological advantage of the top origin countries (--top) in each WIPO technology field: a country's share of its units in the field over the field's share of all units. Units count fractionally over origin countries (as in country-share) and over WIPO fields. With --taxonomy, the columns are the taxonomy's categories instead (whole per category, root left out).",
      zh: '主要来源国在各WIPO技术领域的显示性技术优势：该国在某领域的单元占比除以该领域在全部单元中的占比。单元按来源国和WIPO技术领域分数计数；指定 --taxonomy 时改为按分类体系类别计算（类别按整数计数，不含根类别）。',
    },
    formula:
      'RTA_cf = (P_cf / Σ_f P_cf) / (Σ_c P_cf / Σ_c Σ_f P_cf); RSTA = (RTA − 1) / (RTA + 1); RTA > 1: specialised',
    counting: 'fractional',
  },
  async compute(context) {
    const origins = await originCoverage(context);
    const taxonomy = context.params.taxonomy;
    const cells: SpecialisationCell[] = taxonomy
      ? await taxonomyCells(context, taxonomy)
      : await wipoFieldCells(context);
    const columns = taxonomy
      ? bi(`categories of taxonomy ${taxonomy}`, `分类体系 ${taxonomy} 的技术分支`)
      : bi('WIPO technology fields', 'WIPO技术领域');
    if (cells.length === 0) {
      return {
        data: [],
        coverage: origins.coverage,
        unsupported: bi(
          `no unit in scope has both an origin country and ${columns.en}`,
          `范围内没有专利同时具有来源国和${columns.zh}信息`,
        ),
      };
    }
    const countryTotals = new Map<string, number>();
    for (const c of cells) countryTotals.set(c.country, (countryTotals.get(c.country) ?? 0) + c.count);
    const top = new Set(
      [...countryTotals]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, context.params.top)
        .map(([country]) => country),
    );
    const fieldNames = new Map(cells.map((c) => [c.field, c.fieldName]));
    // RTA over every country (the world is the reference), reported for the top ones.
    const data = revealedAdvantage(cells)
      .filter((r) => top.has(r.country))
      .map((r) => ({
        country: r.country,
        name: countryName(r.country, 'en'),
        nameZh: countryName(r.country, 'zh'),
        field: r.field,
        fieldName: fieldNames.get(r.field) ?? r.field,
        rta: r.rta,
        rsta: r.rsta,
        count: r.count,
      }))
      .sort(
        (a, b) =>
          (countryTotals.get(b.country) ?? 0) - (countryTotals.get(a.country) ?? 0) ||
          a.country.localeCompare(b.country) ||
          a.field.localeCompare(b.field, 'en', { numeric: true }),
      );
    return {
      data,
      coverage: origins.coverage,
      notes: [
        basisMixNote(origins),
        bi(
          `columns: ${columns.en}; the reference is every origin country in scope, not only the top ${context.params.top}`,
          `列：${columns.zh}；参照基准为范围内的全部来源国，而不仅是前 ${context.params.top} 个`,
        ),
      ],
      parameters: {
        ...basisParameters(origins),
        top: context.params.top,
        columns: taxonomy ? 'taxonomy' : 'wipo-fields',
      },
    };
  },
};
