import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { PatlasError } from '../../domain/patlas-error.js';
import { applicantGroupsFileSchema } from './applicant-groups-schema.js';
import { applicantMatchKey } from './applicant-match-key.js';
import { shippedDataFile } from './harmonize-data-file.js';

export interface ApplicantGroup {
  id: string;
  name: { en: string; zh: string };
  country: string | null;
}

export interface ApplicantGroups {
  /** The group of a match key: by entity key, else the longest key prefix, else the longest key suffix. */
  groupOf(matchKey: string): ApplicantGroup | undefined;
  readonly file: string;
  readonly version: string;
  readonly groups: readonly ApplicantGroup[];
}

/**
 * Load a corporate-group alias file (default: the shipped `data/applicant-groups.yaml`). Entities are matched
 * by match-key equality. Every problem is reported at once as `file: path: reason` in a `bad-mapping` error.
 * @example loadApplicantGroups().groupOf(applicantMatchKey('北京百度网讯科技有限公司'))?.id // 'baidu'
 */
export function loadApplicantGroups(
  file: string = shippedDataFile('applicant-groups.yaml'),
): ApplicantGroups {
  const data = parseYaml(file);
  const parsed = applicantGroupsFileSchema.safeParse(data);
  if (!parsed.success) {
    throw badGroups(
      file,
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`),
    );
  }
  const byKey = new Map<string, ApplicantGroup>();
  const prefixes: [string, ApplicantGroup][] = [];
  const suffixes: [string, ApplicantGroup][] = [];
  const problems: string[] = [];
  const ids = new Set<string>();
  const groups = parsed.data.groups.map((entry, index) => {
    const group: ApplicantGroup = { id: entry.id, name: entry.name, country: entry.country };
    if (ids.has(entry.id)) problems.push(`groups.${index}.id: "${entry.id}" is used by an earlier group`);
    ids.add(entry.id);
    entry.entities.forEach((entity, position) => {
      const key = applicantMatchKey(entity);
      const other = byKey.get(key);
      if (other && other.id !== group.id) {
        problems.push(
          `groups.${index}.entities.${position}: "${entity}" (key ${key}) is already in group ${other.id}`,
        );
      }
      byKey.set(key, group);
    });
    for (const prefix of entry.key_prefixes) prefixes.push([prefix, group]);
    for (const suffix of entry.key_suffixes) suffixes.push([suffix, group]);
    return group;
  });
  if (problems.length > 0) throw badGroups(file, problems);
  prefixes.sort((a, b) => b[0].length - a[0].length);
  suffixes.sort((a, b) => b[0].length - a[0].length);
  return {
    file,
    version: parsed.data.version,
    groups,
    groupOf(matchKey: string): ApplicantGroup | undefined {
      return (
        byKey.get(matchKey) ??
        prefixes.find(([prefix]) => matchKey.startsWith(prefix))?.[1] ??
        suffixes.find(([suffix]) => matchKey.endsWith(suffix))?.[1]
      );
    },
  };
}

function parseYaml(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new PatlasError('file-not-found', `${file}: applicant groups file not found`, { cause });
    throw new PatlasError('unreadable-file', `${file}: cannot read the applicant groups file (${code})`, {
      cause,
    });
  }
  try {
    return parse(text);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    throw badGroups(file, [`(file): not valid YAML: ${message}`]);
  }
}

function badGroups(file: string, problems: readonly string[]): PatlasError {
  const lines = problems.map((problem) => `${file}: ${problem}`);
  const message =
    lines.length === 1
      ? lines[0]!
      : [`${file}: ${lines.length} problems in the applicant groups`, ...lines].join('\n');
  return new PatlasError('bad-mapping', message, {
    hint: 'each group needs id, name {en, zh}, country and a list of entities; see data/applicant-groups.yaml',
  });
}
