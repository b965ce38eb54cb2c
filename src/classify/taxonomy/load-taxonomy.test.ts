import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PatlasError } from '../../domain/patlas-error.js';
import { loadTaxonomy } from './load-taxonomy.js';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../../test/fixtures/taxonomies/${name}`, import.meta.url));

/** The error loadTaxonomy throws for a fixture. */
function failure(name: string): PatlasError {
  try {
    loadTaxonomy(fixture(name));
  } catch (error) {
    if (error instanceof PatlasError) return error;
    throw error;
  }
  throw new Error(`${name} loaded without an error`);
}

/** The problems of a bad fixture as `<line>: <reason>`, checking that every line names the file. */
function problems(name: string): string[] {
  const error = failure(name);
  expect(error.code).toBe('bad-taxonomy');
  const file = fixture(name);
  const lines = error.message.split('\n');
  const listed = lines.length === 1 ? lines : lines.slice(1);
  if (lines.length > 1) expect(lines[0]).toBe(`${file}: ${listed.length} problems in the taxonomy`);
  return listed.map((line) => {
    expect(line.startsWith(`${file}:`)).toBe(true);
    return line.slice(file.length + 1);
  });
}

describe('loadTaxonomy: valid files', () => {
  it('reads a YAML taxonomy that uses every field, with the defaults applied', () => {
    const loaded = loadTaxonomy(fixture('good/drones.yaml'));
    expect(loaded.file).toBe(fixture('good/drones.yaml'));
    expect(loaded.text).toBe(readFileSync(fixture('good/drones.yaml'), 'utf8'));
    const { taxonomy } = loaded;
    expect(taxonomy.version).toBe('2026.10');
    expect(taxonomy.partial).toBe(true);
    expect(taxonomy.fields).toEqual(['title', 'abstract']);
    expect(taxonomy.root.from_categories).toBe(false);
    expect(taxonomy.root.generic_terms?.zh?.[2]).toEqual({
      term: '无人驾驶',
      exclude: ['无人驾驶汽车', '无人驾驶车辆'],
    });
    expect(taxonomy.categories.map((category) => category.id)).toEqual([
      'platform',
      'rotorcraft',
      'application',
      'delivery',
      'other-application',
    ]);
    const [platform, rotorcraft, , delivery, other] = taxonomy.categories;
    expect(platform).toMatchObject({ scope: 'any', fallback: false, rules: [] });
    expect(rotorcraft?.rules[0]?.codes).toContain('>=B64C 29/00 AND <=B64C 29/02*');
    expect(rotorcraft?.rules[1]?.fields).toEqual(['title', 'abstract', 'claims']);
    expect(delivery?.rules[0]?.require_codes).toEqual(['B64U2101/60*', 'G06Q10/08']);
    expect(other).toMatchObject({ parent: 'application', scope: 'root', fallback: true, rules: [] });
  });

  it('reads a tab-indented JSON taxonomy (JSON is YAML) and applies the defaults', () => {
    const { taxonomy } = loadTaxonomy(fixture('good/drones.json'));
    expect(taxonomy.id).toBe('drones-json');
    expect(taxonomy.partial).toBe(false);
    expect(taxonomy.fields).toEqual(['title', 'abstract', 'claims']);
    expect(taxonomy.root.from_categories).toBe(true);
    expect(taxonomy.categories[0]?.rules[1]?.keywords?.zh).toEqual([
      { term: '旋翼', exclude: ['旋翼机构件'] },
    ]);
  });

  it('drops a UTF-8 byte-order mark', () => {
    const loaded = loadTaxonomy(fixture('good/bom.yaml'));
    expect(loaded.taxonomy.name.zh).toBe('带字节顺序标记');
    expect(loaded.text.startsWith('format: patlas-taxonomy/1\n')).toBe(true);
  });
});

describe('loadTaxonomy: problems, each with its line', () => {
  it('reports the YAML syntax error where the yaml library finds it', () => {
    const found = problems('bad/syntax.yaml');
    expect(found[0]).toMatch(/^14: invalid YAML: Flow sequence .* end with a \]$/);
    expect(problems('bad/duplicate-key.yaml')).toEqual([
      '15: invalid YAML: the field "codes" appears twice in one mapping',
    ]);
  });

  it('reports every schema problem: unknown fields, types, missing fields, ids, format', () => {
    const found = problems('bad/schema.yaml');
    expect(found).toHaveLength(15);
    expect(found).toContain(
      '1: format: expected "patlas-taxonomy/1", found "patlas-taxonomy/2" (the file format, always "patlas-taxonomy/1")',
    );
    expect(found[1]).toMatch(/^2: id: "Drones" is not valid: an id is lower-case letters/);
    expect(found[2]).toMatch(
      /^3: version: expected text, found the number 2026.1: write it in quotes, "2026.10"/,
    );
    expect(found[3]).toMatch(/^4: name: missing field "zh"/);
    expect(found[4]).toMatch(/^5: sources: needs at least 1 entry/);
    expect(found).toContain(
      '6: fields[1]: expected "title" or "abstract" or "claims", found "abstrct": did you mean "abstract"?',
    );
    expect(found).toContain('10: root: unknown field "generic_term" (did you mean "generic_terms"?)');
    expect(found[7]).toMatch(/^14: categories\[0\].scope: expected "any" or "root", found "all"/);
    expect(found[8]).toMatch(/^15: categories\[0\]: unknown field "colour" \(the fields here: id, name, /);
    expect(found[9]).toMatch(/^16: categories\[1\]: missing field "name"/);
    expect(found).toContain('20: categories[1].rules[0]: unknown field "keyword" (did you mean "keywords"?)');
    expect(found[11]).toMatch(/^21: categories\[1\].rules\[0\].codes: expected a list, found "B64C27"/);
    // The misspelt "exclud" is not also reported as a missing "exclude".
    expect(found).toContain(
      '24: categories[1].rules[1].keywords.zh[0]: unknown field "exclud" (did you mean "exclude"?)',
    );
    expect(found[13]).toMatch(
      /^24: categories\[1\].rules\[1\].keywords.zh\[1\]: expected a Chinese term.*number 5$/,
    );
    // A rule whose only matcher is misspelt is not called empty as well.
    expect(found[14]).toBe('26: categories[1].rules[2]: unknown field "keyword" (did you mean "keywords"?)');
  });

  it('reports empty rules and every invalid code, expression, term and exclusion', () => {
    const found = problems('bad/rules.yaml');
    expect(found).toHaveLength(13);
    expect(found[0]).toMatch(/^10: root.generic_terms.en\[0\]: keyword expression "drone\* AND": /);
    expect(found[1]).toBe('11: root.generic_terms.zh[1]: Chinese term "  " is empty');
    expect(found[2]).toMatch(
      /^14: root.rules\[0\].codes\[1\]: invalid classification pattern "G06Q-G06N": .*reversed/,
    );
    expect(found[3]).toBe('19: categories[0].rules[0]: the rule is empty: it needs codes or keywords');
    expect(found[4]).toBe(
      '23: categories[0].rules[1].keywords: has neither en nor zh terms: give at least one',
    );
    expect(found[5]).toMatch(
      /^26: categories\[0\].rules\[2\].keywords.en\[0\]: keyword expression "quad\* rotor\*"/,
    );
    expect(found[6]).toMatch(/^26: categories\[0\].rules\[2\].keywords.en\[1\]: .*missing "\)"/);
    expect(found[7]).toBe(
      '27: categories[0].rules[2].keywords.zh[0].exclude[0]: exclusion "直升机" of Chinese term "旋翼" does not contain it',
    );
    expect(found[8]).toMatch(
      /^28: categories\[0\].rules\[2\].require_codes\[0\]: .*"B64C 27\/12-B64C 27\/04".*reversed/,
    );
    expect(found[9]).toMatch(/^29: categories\[0\].rules\[2\].require_keywords.en\[0\]: .*only excludes/);
    expect(found[10]).toMatch(
      /^30: categories\[0\].rules\[2\].exclude_codes\[0\]: invalid classification pattern "X99Z"/,
    );
    expect(found[11]).toMatch(
      /^31: categories\[0\].rules\[2\].exclude_keywords.zh\[0\].exclude\[1\]: exclusion "遥控"/,
    );
    expect(found[12]).toBe('34: categories[0].rules[3].require_codes: is empty: the rule could never hold');
  });

  it('reports duplicate ids, the root id, missing parents, cycles and misplaced fallbacks', () => {
    expect(problems('bad/structure.yaml')).toEqual([
      '15: categories[1].id: duplicate category id "platform" (also on line 13)',
      '17: categories[2].id: "uav" is the id of the root: a category needs another id',
      '20: categories[3].parent: no category has the id "platfrom" (did you mean "platform"?)',
      '23: categories[3].rules[0].id: duplicate rule id "shared-rule" (also on line 10)',
      '26: categories[4].parent: the parents form a cycle: loop-a -> loop-b -> loop-a',
      '32: categories[6].parent: the parents form a cycle: self-loop -> self-loop',
      '38: categories[7]: a fallback category has no rules: it takes the root publications that no sibling takes',
      '42: categories[8]: a fallback category needs a parent: it takes what the other children of that parent do not',
      '45: categories[9].parent: "uav" is the root: leave out parent for a top-level category',
    ]);
  });

  it('gives one problem as a single line naming the file, in JSON too', () => {
    const file = fixture('bad/unknown-field.json');
    expect(failure('bad/unknown-field.json').message).toBe(
      `${file}:44: categories[0].rules[1]: unknown field "keyword" (did you mean "keywords"?)`,
    );
  });

  it('refuses an empty file and a file that is not a mapping', () => {
    expect(problems('bad/empty.yaml')).toEqual([
      '1: the file is empty: a taxonomy starts with "format: patlas-taxonomy/1"',
    ]);
    expect(problems('bad/not-a-mapping.yaml')).toEqual(['1: expected a mapping (key: value), found a list']);
  });
});

describe('loadTaxonomy: unreadable files', () => {
  it('names a missing file', () => {
    const error = failure('bad/no-such-taxonomy.yaml');
    expect(error.code).toBe('file-not-found');
    expect(error.message).toBe(`${fixture('bad/no-such-taxonomy.yaml')}: taxonomy file not found`);
  });

  it('refuses a directory and a file that is not UTF-8', () => {
    expect(failure('bad').code).toBe('unreadable-file');
    const error = failure('bad/gb18030.yaml');
    expect(error.code).toBe('unreadable-file');
    expect(error.message).toContain('not UTF-8');
  });
});
