import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import countries from 'i18n-iso-countries';
import { countryKey } from './country-key.js';
import { readGeoTable } from './geo-data-file.js';

const require = createRequire(import.meta.url);

/** Languages tried first when two languages give one spelling to different countries. */
const PREFERRED_LANGUAGES = ['en', 'zh', 'de', 'fr', 'es', 'it', 'pt', 'ja', 'ko', 'ru', 'nl', 'sv'];

let registered = false;
let nameIndex: Map<string, string> | null = null;

/** Every locale shipped with i18n-iso-countries, registered once. */
export function registerCountryLocales(): void {
  if (registered) return;
  const langsDir = join(dirname(require.resolve('i18n-iso-countries/package.json')), 'langs');
  for (const file of readdirSync(langsDir).filter((f) => f.endsWith('.json'))) {
    countries.registerLocale(require(join(langsDir, file)));
  }
  registered = true;
}

function languageOrder(): string[] {
  const rest = countries.langs().filter((lang) => !PREFERRED_LANGUAGES.includes(lang));
  return [...PREFERRED_LANGUAGES.filter((lang) => countries.langs().includes(lang)), ...rest.sort()];
}

/** Normalised country name (any language, official and alias forms, plus data/geo aliases) -> ISO alpha-2. */
export function countryNameIndex(): Map<string, string> {
  if (nameIndex) return nameIndex;
  registerCountryLocales();
  const index = new Map<string, string>();
  for (const [alias, iso2] of readGeoTable('country-aliases.csv')) {
    if (alias && iso2) index.set(countryKey(alias), iso2);
  }
  for (const lang of languageOrder()) {
    for (const [iso2, names] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
      for (const name of names) {
        const key = countryKey(name);
        if (key && !index.has(key)) index.set(key, iso2);
      }
    }
  }
  nameIndex = index;
  return index;
}

/** A country's display name in English or Chinese (i18n-iso-countries' official name); the code itself when unknown. */
export function countryName(iso2: string, lang: 'en' | 'zh'): string {
  registerCountryLocales();
  return countries.getName(iso2.toUpperCase(), lang) ?? iso2.toUpperCase();
}
