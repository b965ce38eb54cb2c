import { type ConfigKind, configProblems, readConfigFile } from '../../domain/read-config-file.js';
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

const GROUPS_FILE: ConfigKind = {
  name: 'applicant groups file',
  hint: 'each group needs id, name {en, zh}, country and a list of entities; see data/applicant-groups.yaml',
};

/**
 * Load a corporate-group alias file (default: the shipped `data/applicant-groups.yaml`). Entities are matched
 * by match-key equality. Every problem is reported at once as `file: path: reason` in a `bad-mapping` error.
 * @example loadApplicantGroups().groupOf(applicantMatchKey('北京百度网讯科技有限公司'))?.id // 'baidu'
 */
export function loadApplicantGroups(
  file: string = shippedDataFile('applicant-groups.yaml'),
): ApplicantGroups {
  const data = readConfigFile(file, applicantGroupsFileSchema, GROUPS_FILE);
  const byKey = new Map<string, ApplicantGroup>();
  const prefixes: [string, ApplicantGroup][] = [];
  const suffixes: [string, ApplicantGroup][] = [];
  const problems: string[] = [];
  const ids = new Set<string>();
  const groups = data.groups.map((entry, index) => {
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
  if (problems.length > 0) throw configProblems(file, GROUPS_FILE, problems);
  prefixes.sort((a, b) => b[0].length - a[0].length);
  suffixes.sort((a, b) => b[0].length - a[0].length);
  return {
    file,
    version: data.version,
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
