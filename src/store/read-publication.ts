import type { Store } from './open-store.js';

export interface PublicationView {
  publicationNumber: string;
  country: string;
  kind: string | null;
  documentType: string | null;
  titles: Record<string, string>;
  abstracts: Record<string, string>;
  claimsCount: number | null;
  independentClaimsCount: number | null;
  firstClaim: { lang: string; text: string } | null;
  ipc: string[];
  cpc: string[];
  classifications: {
    scheme: string;
    symbol: string;
    value: string | null;
    isFirst: boolean;
    version: string | null;
  }[];
  applicants: PartyView[];
  inventors: PartyView[];
  citations: ({ publicationNumber: string | null; raw: string | null } | { text: string })[];
  applicationNumber: string | null;
  applicationDate: string | null;
  publicationDate: string | null;
  grantDate: string | null;
  priorityDate: string | null;
  priorities: { country: string | null; number: string; date: string | null }[];
  familyId: string | null;
  familySize: number | null;
  familyJurisdictions: string[];
  citedByCount: number | null;
  legalStatus: string | null;
  sourceLabels: string[];
  /** WIPO technology fields (35 fields, 5 sectors) from the IPC symbols (CPC when there is no IPC). */
  technologyFields: {
    fieldNr: number;
    fieldName: string;
    sector: string;
    wholeWeight: number;
    fractionalWeight: number;
    basis: string;
  }[];
  /** Labels of every taxonomy and model in the store, with the rule or model that gave each and why. */
  labels: LabelView[];
  /** Technical effects found in the text (classify/effects), with their evidence. */
  technicalEffects: EffectView[];
  source: {
    file: string;
    byteOffset: number | null;
    line: number | null;
    format: string;
    formatVersion: string | null;
  };
}

export interface LabelView {
  taxonomy: string;
  version: string;
  category: string;
  /** rule | generic | child | fallback | model */
  method: string;
  rule: string | null;
  evidence: string | null;
  score: number | null;
}

export interface EffectView {
  effect: string;
  direction: string;
  polarity: string;
  textType: string;
  evidence: string;
}

export interface PartyView {
  name: string;
  country: string | null;
  city: string | null;
  state: string | null;
  address: string | null;
  type: string | null;
}

const DATE_COLUMNS = ['application_date', 'publication_date', 'grant_date', 'priority_date'];
const DATE = (c: string) => `strftime(${c}, '%Y-%m-%d') AS ${c}`;

/** One publication with everything the store holds about it, or null. */
export async function readPublication(
  store: Store,
  publicationNumber: string,
): Promise<PublicationView | null> {
  const p = await store.one(
    `SELECT * EXCLUDE (${DATE_COLUMNS.join(', ')}), ${DATE_COLUMNS.map(DATE).join(', ')}
     FROM publications WHERE publication_number = ?`,
    [publicationNumber],
  );
  if (!p) return null;
  const texts = await store.all<{ text_type: string; lang: string; text: string }>(
    'SELECT text_type, lang, text FROM texts WHERE publication_number = ? ORDER BY text_type, lang',
    [publicationNumber],
  );
  const byType = (type: string) =>
    Object.fromEntries(texts.filter((t) => t.text_type === type).map((t) => [t.lang, t.text]));
  const classes = await store.all<{
    scheme: string;
    symbol: string;
    value: string | null;
    is_first: boolean;
    version: string | null;
  }>(
    'SELECT scheme, symbol, value, is_first, version FROM classifications WHERE publication_number = ? ORDER BY scheme, seq',
    [publicationNumber],
  );
  const parties = await store.all<{
    role: string;
    name: string;
    country: string | null;
    city: string | null;
    state: string | null;
    address: string | null;
    party_type: string | null;
  }>(
    'SELECT role, name, country, city, state, address, party_type FROM parties WHERE publication_number = ? ORDER BY role, seq',
    [publicationNumber],
  );
  const party = (role: string): PartyView[] =>
    parties
      .filter((x) => x.role === role)
      .map((x) => ({
        name: x.name,
        country: x.country,
        city: x.city,
        state: x.state,
        address: x.address,
        type: x.party_type,
      }));
  const citations = await store.all<{
    kind: string;
    cited_publication_number: string | null;
    raw: string | null;
    npl_text: string | null;
  }>(
    'SELECT kind, cited_publication_number, raw, npl_text FROM citations WHERE publication_number = ? ORDER BY seq',
    [publicationNumber],
  );
  const priorities = await store.all<{ country: string | null; number: string; date: string | null }>(
    `SELECT country, number, strftime(date, '%Y-%m-%d') AS date FROM priorities WHERE publication_number = ? ORDER BY seq`,
    [publicationNumber],
  );
  const labels = await store.all<{ label: string }>(
    'SELECT label FROM source_labels WHERE publication_number = ? ORDER BY label',
    [publicationNumber],
  );
  const fields = await store.all<{
    field_nr: number;
    field_name: string;
    sector: string;
    whole_weight: number;
    fractional_weight: number;
    basis: string;
  }>(
    'SELECT * EXCLUDE (publication_number) FROM technology_fields WHERE publication_number = ? ORDER BY field_nr',
    [publicationNumber],
  );
  const labelRows = await store.all<{
    taxonomy_id: string;
    taxonomy_version: string;
    category_id: string;
    method: string;
    rule_id: string | null;
    evidence: string | null;
    score: number | null;
  }>(
    `SELECT taxonomy_id, taxonomy_version, category_id, method, rule_id, evidence, score FROM labels
     WHERE publication_number = ? ORDER BY taxonomy_id, category_id, method, rule_id`,
    [publicationNumber],
  );
  const effects = await store.all<{
    effect_id: string;
    direction: string;
    polarity: string;
    text_type: string;
    evidence: string;
  }>(
    `SELECT effect_id, direction, polarity, text_type, evidence FROM technical_effects
     WHERE publication_number = ? ORDER BY span_start`,
    [publicationNumber],
  );
  const firstClaim = texts.find((t) => t.text_type === 'first_claim');
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return {
    publicationNumber: String(p.publication_number),
    country: String(p.country),
    kind: str(p.kind),
    documentType: str(p.document_type),
    titles: byType('title'),
    abstracts: byType('abstract'),
    claimsCount: num(p.claims_count),
    independentClaimsCount: num(p.independent_claims_count),
    firstClaim: firstClaim ? { lang: firstClaim.lang, text: firstClaim.text } : null,
    ipc: classes.filter((c) => c.scheme === 'ipc').map((c) => c.symbol),
    cpc: classes.filter((c) => c.scheme === 'cpc').map((c) => c.symbol),
    classifications: classes.map((c) => ({
      scheme: c.scheme,
      symbol: c.symbol,
      value: c.value,
      isFirst: c.is_first,
      version: c.version,
    })),
    applicants: party('applicant'),
    inventors: party('inventor'),
    citations: citations.map((c) =>
      c.kind === 'npl'
        ? { text: c.npl_text ?? '' }
        : { publicationNumber: c.cited_publication_number, raw: c.raw },
    ),
    applicationNumber: str(p.application_number),
    applicationDate: str(p.application_date),
    publicationDate: str(p.publication_date),
    grantDate: str(p.grant_date),
    priorityDate: str(p.priority_date),
    priorities,
    familyId: str(p.family_id),
    familySize: num(p.family_size),
    familyJurisdictions: Array.isArray(p.family_jurisdictions) ? p.family_jurisdictions.map(String) : [],
    citedByCount: num(p.cited_by_count),
    legalStatus: str(p.legal_status),
    sourceLabels: labels.map((l) => l.label),
    technologyFields: fields.map((f) => ({
      fieldNr: Number(f.field_nr),
      fieldName: f.field_name,
      sector: f.sector,
      wholeWeight: f.whole_weight,
      fractionalWeight: f.fractional_weight,
      basis: f.basis,
    })),
    labels: labelRows.map((l) => ({
      taxonomy: l.taxonomy_id,
      version: l.taxonomy_version,
      category: l.category_id,
      method: l.method,
      rule: l.rule_id,
      evidence: l.evidence,
      score: l.score,
    })),
    technicalEffects: effects.map((e) => ({
      effect: e.effect_id,
      direction: e.direction,
      polarity: e.polarity,
      textType: e.text_type,
      evidence: e.evidence,
    })),
    source: {
      file: String(p.source_file),
      byteOffset: num(p.source_byte_offset),
      line: num(p.source_line),
      format: String(p.source_format),
      formatVersion: str(p.source_format_version),
    },
  };
}

/** Publication numbers stored under the same country + number (any kind): for kind-less lookups. */
export async function findPublicationNumbers(store: Store, countryAndNumber: string): Promise<string[]> {
  const rows = await store.all<{ publication_number: string }>(
    `SELECT publication_number FROM publications WHERE country || doc_number = ? ORDER BY publication_number`,
    [countryAndNumber],
  );
  return rows.map((r) => r.publication_number);
}
