import type { Store } from '../store/open-store.js';
import type { IndicatorParams } from './indicator-params.js';
import { createIndicatorScope, type IndicatorScope } from './indicator-scope.js';
import type { Indicator, IndicatorDefinition, IndicatorResult } from './indicator-types.js';

/** One indicator on an existing scope: its rows with the full definition (the same shape CLI, API and report use). */
export async function runIndicator(
  store: Store,
  indicator: Indicator,
  params: IndicatorParams,
  scope: IndicatorScope,
): Promise<IndicatorResult> {
  const output = await indicator.compute({ store, params, scope });
  const { spec } = indicator;
  const definition: IndicatorDefinition = {
    id: indicator.id,
    title: spec.title,
    description: spec.description,
    formula: spec.formula ?? null,
    dateBasis: spec.usesDateBasis === false ? null : params.dateBasis,
    unit: params.unit,
    counting: spec.counting,
    cutoff: scope.cutoff.date,
    cutoffSource: scope.cutoff.source,
    cutoffExplanation: scope.cutoff.explanation,
    lastCompleteYear: scope.lastCompleteYear,
    filters: scope.filters,
    parameters: { ...spec.parameters, ...output.parameters },
    coverage: output.coverage ?? null,
    notes: [...(spec.notes ?? []), ...(output.notes ?? [])],
  };
  if (output.unsupported) {
    return { definition, supported: false, message: output.unsupported, data: [] };
  }
  return { definition, supported: true, message: null, data: output.data };
}

export interface IndicatorsDocument {
  indicators: Record<string, IndicatorResult>;
  store: { path: string; publications: number; units: number };
}

/** Several indicators over one scope, built once. */
export async function runIndicators(
  store: Store,
  indicators: readonly Indicator[],
  params: IndicatorParams,
  onIndicator?: (id: string, seconds: number) => void,
): Promise<IndicatorsDocument> {
  const scope = await createIndicatorScope(store, params);
  try {
    const results: Record<string, IndicatorResult> = {};
    for (const indicator of indicators) {
      const started = performance.now();
      results[indicator.id] = await runIndicator(store, indicator, params, scope);
      onIndicator?.(indicator.id, (performance.now() - started) / 1000);
    }
    return {
      indicators: results,
      store: { path: store.path, publications: scope.publicationCount, units: scope.unitCount },
    };
  } finally {
    await scope.release();
  }
}
