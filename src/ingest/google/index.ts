export { readGooglePatentsCsv } from './from-google-patents-csv.js';
