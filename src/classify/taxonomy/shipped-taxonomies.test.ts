import { execFileSync } from 'node:child_process';
import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseSymbolPattern } from '../ipc/symbol-pattern.js';
import { compileTaxonomy } from './compile-taxonomy.js';
import { loadTaxonomy } from './load-taxonomy.js';
import type { TaxonomyFile, TaxonomyRule } from './taxonomy-schema.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const shippedDir = path.join(repoRoot, 'data/taxonomies');
const reference = (file: string) => path.resolve(repoRoot, '../shared/data/reference', file);
const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(file, 'utf8'));
const shipped = (id: string): TaxonomyFile => loadTaxonomy(path.join(shippedDir, `${id}.yaml`)).taxonomy;

const wipoReference = readJson(reference('wipo2019_ai_query_cset_adaptation.json')) as {
  ai_universe_classifications: Array<{ cpc: string }>;
  ai_universe_keywords: string[];
  ai_techniques: Record<string, { codes: string[]; title_abstract_keywords: string[] }>;
  functional_applications: Record<string, { codes: string[] }>;
  application_fields: Record<string, { codes: string[] }>;
};

function ruleOf(taxonomy: TaxonomyFile, ruleId: string): TaxonomyRule {
  const rules = [...taxonomy.root.rules, ...taxonomy.categories.flatMap((category) => category.rules)];
  const rule = rules.find((candidate) => candidate.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId} in ${taxonomy.id}`);
  return rule;
}

function chineseTermsOf(taxonomy: TaxonomyFile): string[] {
  const rules = [...taxonomy.root.rules, ...taxonomy.categories.flatMap((category) => category.rules)];
  const sets = [
    taxonomy.root.generic_terms,
    ...rules.flatMap((rule) => [rule.keywords, rule.require_keywords]),
  ];
  return sets
    .flatMap((set) => set?.zh ?? [])
    .map((entry) => (typeof entry === 'string' ? entry : entry.term));
}

async function firstLineOfGzip(file: string): Promise<string> {
  let text = '';
  const stream = createReadStream(file).pipe(createGunzip());
  for await (const chunk of stream) {
    text += chunk.toString('utf8');
    if (text.includes('\n')) break;
  }
  stream.destroy();
  return text.slice(0, text.indexOf('\n')).replace(/\r$/, '');
}

describe('the shipped taxonomies', () => {
  const files = readdirSync(shippedDir).filter((file) => file.endsWith('.yaml'));

  it('include wipo2019, aipd and cnipa-sei', () => {
    expect(files).toEqual(expect.arrayContaining(['wipo2019.yaml', 'aipd.yaml', 'cnipa-sei.yaml']));
  });

  // loadTaxonomy checks the schema, every code pattern, keyword expression and Chinese term, ids and parents.
  it.each(files)('%s loads without a problem', (file) => {
    const { taxonomy } = loadTaxonomy(path.join(shippedDir, file));
    expect(`${taxonomy.id}.yaml`).toBe(file);
  });

  it.each(['wipo2019.yaml', 'aipd.yaml', 'cnipa-sei.yaml'])(
    '%s leaves out Chinese terms judged too general',
    (file) => {
      const { taxonomy } = loadTaxonomy(path.join(shippedDir, file));
      const terms = chineseTermsOf(taxonomy);
      for (const general of ['模糊', '本体', '学习机', '逻辑模型', '大模型'])
        expect(terms).not.toContain(general);
    },
  );
});

describe('wipo2019', () => {
  const taxonomy = shipped('wipo2019');
  const idsUnder = (parent: string) =>
    taxonomy.categories.filter((category) => category.parent === parent).map((category) => category.id);

  it('is what scripts/build-wipo2019-taxonomy.mjs builds from the reference file', () => {
    expect(() =>
      execFileSync(
        process.execPath,
        [path.join(repoRoot, 'scripts/build-wipo2019-taxonomy.mjs'), '--check'],
        {
          stdio: 'pipe',
        },
      ),
    ).not.toThrow();
  });

  it('keeps the 77 universe codes and the 12 universe expressions', () => {
    expect(ruleOf(taxonomy, 'universe-codes').codes).toHaveLength(
      wipoReference.ai_universe_classifications.length,
    );
    expect(ruleOf(taxonomy, 'universe-keywords').keywords?.en).toEqual(wipoReference.ai_universe_keywords);
    expect(taxonomy.root.from_categories).toBe(false);
  });

  it('has 7 + 10 + 19 categories of scope root, Generic/Unspecified as the technique fallback', () => {
    expect(idsUnder('techniques')).toHaveLength(Object.keys(wipoReference.ai_techniques).length);
    expect(idsUnder('functional-applications')).toHaveLength(
      Object.keys(wipoReference.functional_applications).length,
    );
    expect(idsUnder('application-fields')).toHaveLength(Object.keys(wipoReference.application_fields).length);
    expect(taxonomy.categories.every((category) => category.scope === 'root')).toBe(true);
    const generic = taxonomy.categories.find((category) => category.id === 'generic-and-unspecified');
    expect(generic).toMatchObject({ parent: 'techniques', fallback: true, rules: [] });
  });

  it('names its categories after the CSET columns; CSET has none for life sciences and networks', async () => {
    const header = (await firstLineOfGzip(reference('../ai-labels-cset/patent_database.csv.gz'))).split(',');
    const columns = header.slice(header.indexOf('Physical_Sciences_and_Engineering'));
    const fromColumns = columns.map((column) => column.toLowerCase().replace(/_+/g, '-'));
    const ids = taxonomy.categories.filter((category) => category.parent).map((category) => category.id);
    expect(ids).toEqual(expect.arrayContaining(fromColumns));
    expect(ids.filter((id) => !fromColumns.includes(id)).sort()).toEqual([
      'life-sciences',
      'networks-eg-social-iot',
    ]);
  });

  it('keeps the machine-learning keywords of the reference, searched in title and abstract', () => {
    const terms = ruleOf(taxonomy, 'machine-learning-terms');
    expect(terms.keywords?.en).toEqual(
      wipoReference.ai_techniques['34:Machine Learning']?.title_abstract_keywords,
    );
    expect(terms.fields).toEqual(['title', 'abstract']);
  });

  it('replaces the two backward ranges of the reference by the ranges meant', () => {
    const physical = wipoReference.application_fields['1:Physical Science/Engineering']?.codes ?? [];
    const energy = wipoReference.application_fields['16:Energy Management']?.codes ?? [];
    expect(physical).toContain('>=F03G* AND <=F02H*');
    expect(energy).toContain('>=H04L 31/04* AND <=H01L 31/07*');
    expect(() => parseSymbolPattern('>=F03G* AND <=F02H*')).toThrow(/reversed/);
    expect(() => parseSymbolPattern('>=H04L 31/04* AND <=H01L 31/07*')).toThrow(/reversed/);
    const physicalRule = ruleOf(taxonomy, 'physical-sciences-and-engineering-codes');
    expect(physicalRule.codes).toContain('F03G*-F03H*');
    expect(physicalRule.note).toContain('>=F03G* AND <=F02H*');
    const energyRule = ruleOf(taxonomy, 'energy-management-codes');
    expect(energyRule.codes).toContain('H01L31/04*-H01L31/07*');
    expect(energyRule.note).toContain('>=H04L 31/04* AND <=H01L 31/07*');
  });

  it('keeps every other reference code of every category, spaces removed', () => {
    const changed = new Set([
      '>=F03G* AND <=F02H*',
      '>=H04L 31/04* AND <=H01L 31/07*',
      'H01N 21/4663',
      'A4*',
    ]);
    const sections = [
      wipoReference.ai_techniques,
      wipoReference.functional_applications,
      wipoReference.application_fields,
    ];
    const codes = new Set(
      taxonomy.categories.flatMap((category) => category.rules.flatMap((rule) => rule.codes ?? [])),
    );
    for (const section of sections) {
      for (const definition of Object.values(section)) {
        for (const code of definition.codes.filter((text) => !changed.has(text))) {
          const range = /^>=(.+) AND <=(.+)$/.exec(code);
          const expected = range ? `${range[1]}-${range[2]}` : code;
          expect(codes).toContain(expected.replace(/\s+/g, ''));
        }
      }
    }
  });
});

describe('aipd', () => {
  const taxonomy = shipped('aipd');
  const classifier = compileTaxonomy(taxonomy);
  const categoriesOf = (title: string, codes: string[]) =>
    new Set(
      classifier
        .classify({ publicationNumber: 'x', texts: { title: [title], abstract: [], claims: [] }, codes })
        .map((hit) => hit.categoryId),
    );

  it('has the eight AIPD components', () => {
    const components = Object.keys(
      (readJson(reference('uspto_aipd_schema.json')) as { components: object }).components,
    );
    expect(taxonomy.categories.map((category) => category.id).sort()).toEqual(components.sort());
  });

  it('does not call image processing without an AI word or code AI (EP 2423871 B1, Lens drones)', () => {
    const title =
      'Apparatus And Method For Generating An Overview Image Of A Plurality Of Images Using An Accuracy Information';
    expect(categoriesOf(title, ['G06T3/40', 'G06T7/0028', 'G06T7/00']).size).toBe(0);
  });

  it('puts object detection with a neural network in vision (US-11182651-B2, istat)', () => {
    const title = 'Method and apparatus for high speed object detection using artificial neural network';
    expect([...categoriesOf(title, [])].sort()).toEqual(['ai', 'ml', 'vision']);
  });

  it('puts G05D1/0088 autonomous decision making in planning (IN 4304DEN2015 A, Lens drones)', () => {
    const codes = ['B64C39/024', 'G01S15/06', 'G05D1/0088', 'G05D1/0202', 'G05D1/101', 'G05D1/10'];
    expect(categoriesOf('Micro Unmanned Aerial Vehicle And Method Of Control Therefor', codes)).toEqual(
      new Set(['ai', 'planning']),
    );
  });
});

describe('cnipa-sei', () => {
  const taxonomy = shipped('cnipa-sei');

  it('is partial and holds the codes of the three excerpt rows as given', () => {
    const rows = (
      readJson(reference('cnipa_sei_ai_excerpt.json')) as { ai_excerpt_rows: Array<{ ipc: string[] }> }
    ).ai_excerpt_rows;
    expect(taxonomy.partial).toBe(true);
    expect(taxonomy.categories.map((category) => category.rules.flatMap((rule) => rule.codes ?? []))).toEqual(
      rows.map((row) => row.ipc),
    );
  });
});
