/** One row of the record query (`record-query.ts`), as DuckDB's JSON conversion returns it. */
export interface JoinedRow {
  pv_row: string;
  patent_id: string | null;
  patent_type: string | null;
  patent_date: string | null;
  patent_title: string | null;
  wipo_kind: string | null;
  num_claims: string | null;
  application_id: string | null;
  filing_date: string | null;
  patent_abstract: string | null;
  cpc: CpcItem[] | null;
  ipc: IpcItem[] | null;
  assignees: AssigneeItem[] | null;
  inventors: InventorItem[] | null;
  citations: CitationItem[] | null;
  cited_by: string | null;
}

export interface CpcItem {
  seq: string | null;
  symbol: string | null;
  type: string | null;
}

export interface IpcItem {
  seq: string | null;
  section: string | null;
  class: string | null;
  subclass: string | null;
  main_group: string | null;
  subgroup: string | null;
  value: string | null;
  version: string | null;
}

export interface Place {
  city: string | null;
  state: string | null;
  country: string | null;
}

export interface AssigneeItem extends Place {
  seq: string | null;
  organization: string | null;
  first: string | null;
  last: string | null;
  type: string | null;
}

export interface InventorItem extends Place {
  seq: string | null;
  first: string | null;
  last: string | null;
}

export interface CitationItem {
  seq: string | null;
  id: string | null;
  kind: string | null;
  category: string | null;
}
