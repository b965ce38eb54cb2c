export { readPatentscopeCsv } from './from-patentscope-csv.js';
