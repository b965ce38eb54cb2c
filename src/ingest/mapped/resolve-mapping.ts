import type { DateOrder } from '../../domain/patent-date.js';
import type { ColumnMapping, FieldName, FieldSpec, Separator } from './column-mapping.js';
import { findColumn, headerIndex } from './header-key.js';

/** A field bound to its column in one table, with the mapping's defaults filled in. */
export interface BoundField {
  index: number;
  separator: Separator;
  dateOrder: DateOrder;
  lang: string;
  count: boolean;
}

type SingleFields = Exclude<FieldName, 'titles' | 'abstracts'>;

export interface ResolvedMapping {
  mapping: ColumnMapping;
  fields: Partial<Record<SingleFields, BoundField>>;
  titles: BoundField[];
  abstracts: BoundField[];
}

/** Bind every field of the mapping to a header; fields whose column is absent are left out. */
export function resolveMapping(mapping: ColumnMapping, header: string[]): ResolvedMapping {
  const index = headerIndex(header);
  const defaults = mapping.defaults ?? {};
  const bind = (spec: FieldSpec): BoundField | undefined => {
    const at = findColumn(index, spec.column);
    if (at === undefined) return undefined;
    return {
      index: at,
      separator: spec.separator ?? defaults.separator ?? ';',
      dateOrder: spec.dateOrder ?? defaults.dateOrder ?? 'ymd',
      lang: spec.lang ?? defaults.lang ?? 'und',
      count: spec.count ?? false,
    };
  };
  const resolved: ResolvedMapping = { mapping, fields: {}, titles: [], abstracts: [] };
  for (const [name, spec] of Object.entries(mapping.fields) as [FieldName, FieldSpec | FieldSpec[]][]) {
    if (name === 'titles' || name === 'abstracts') {
      for (const s of spec as FieldSpec[]) {
        const bound = bind(s);
        if (bound) resolved[name].push(bound);
      }
      continue;
    }
    const bound = bind(spec as FieldSpec);
    if (bound) resolved.fields[name] = bound;
  }
  return resolved;
}
