import type { ChartBuilder } from '../chart-builder.js';
import { COLLABORATION_LABELS } from '../chart-labels.js';
import { shareMeasureCharts } from './measure-columns.js';

/** The collaboration shares (co-applications, international co-invention, university–industry) in percent. */
export const collaborationCharts: ChartBuilder = (result, lang) =>
  shareMeasureCharts(result, lang, COLLABORATION_LABELS);
