export { type PatentsViewReadOptions, readPatentsViewTables } from './from-patentsview-tsv.js';
export { identifyPatentsViewTable, PATENTSVIEW_TABLES, type PatentsViewTable } from './patentsview-tables.js';
