export { readIstatCsv } from './from-istat-csv.js';
