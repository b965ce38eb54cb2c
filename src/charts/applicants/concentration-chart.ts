import type { ChartBuilder } from '../chart-builder.js';
import { CONCENTRATION_LABELS } from '../chart-labels.js';
import { shareMeasureCharts } from './measure-columns.js';

/** CR4, CR10 and the normalised HHI, all shares of 1, as columns in percent. */
export const concentrationCharts: ChartBuilder = (result, lang) =>
  shareMeasureCharts(result, lang, CONCENTRATION_LABELS);
