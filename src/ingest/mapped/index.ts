export {
  type ColumnMapping,
  type FieldSpec,
  loadColumnMapping,
  parseColumnMapping,
  SEPARATORS,
  type Separator,
} from './column-mapping.js';
export { mappedTableReader, readMappedTable, readMappedTableAuto } from './from-mapped-table.js';
export { matchMapping } from './match-mapping.js';
export { loadShippedMappings, shippedMappingsDirectory } from './shipped-mappings.js';
