export { readCsetCsv } from './from-cset-csv.js';
