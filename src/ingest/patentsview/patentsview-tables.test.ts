import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { identifyPatentsViewTable, PATENTSVIEW_TABLES } from './patentsview-tables.js';

const fixture = (table: string) =>
  readFileSync(new URL(`../../../test/fixtures/patentsview/${table}.tsv`, import.meta.url), 'utf8').split(
    '\n',
  )[0]!;

describe('identifyPatentsViewTable', () => {
  it.each(PATENTSVIEW_TABLES)('recognises the quoted header of %s', (table) => {
    expect(identifyPatentsViewTable(fixture(table).split('\t'))).toBe(table);
  });

  it('recognises the older g_patent layout that still carried patent_abstract', () => {
    // Column list of the g_patent export view in PatentsView-DB resources/create_export_views.sql.
    const header = [
      'patent_id',
      'patent_type',
      'patent_date',
      'patent_title',
      'patent_abstract',
      'wipo_kind',
    ];
    expect(identifyPatentsViewTable([...header, 'num_claims', 'withdrawn', 'filename'])).toBe('g_patent');
  });

  it('does not mistake neighbouring PatentsView tables for the ones it joins', () => {
    const cpcAtIssue = ['patent_id', 'cpc_sequence', 'cpc_version_indicator', 'cpc_section', 'cpc_class'];
    expect(
      identifyPatentsViewTable([...cpcAtIssue, 'cpc_subclass', 'cpc_group', 'cpc_type', 'cpc_action_date']),
    ).toBe(null);
    const applicationCitation = [
      'patent_id',
      'citation_sequence',
      'citation_document_number',
      'citation_date',
    ];
    expect(identifyPatentsViewTable(applicationCitation)).toBe(null);
    const rawLocation = ['rawlocation_id', 'location_id', 'raw_city', 'raw_state', 'raw_country'];
    expect(identifyPatentsViewTable(rawLocation)).toBe(null);
    expect(identifyPatentsViewTable(['Publication Number', 'Title'])).toBe(null);
  });

  it('ignores a byte-order mark, quotes, spaces and case in the header', () => {
    expect(
      identifyPatentsViewTable([
        '\uFEFF"Location_ID"',
        ' disambig_city ',
        'DISAMBIG_STATE',
        'disambig_country',
      ]),
    ).toBe('g_location_disambiguated');
  });
});
