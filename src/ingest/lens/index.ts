export { readLensCsv } from './from-lens-csv.js';
