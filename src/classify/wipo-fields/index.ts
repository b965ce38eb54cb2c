export { type FieldWeight, type FieldWeights, fieldWeights } from './field-weights.js';
export { type ConcordanceEntry, loadConcordance, type TechnologyField } from './load-concordance.js';
export { concordanceEntries, technologyFieldOf } from './technology-field-of.js';
