import type { ClassificationEntry } from '../../domain/patent-record.js';
import type { RecordWarning } from '../../domain/read-item.js';
import { classificationEntry, classificationValue } from '../record-parts/classification-entry.js';
import { uniqueClassifications } from '../record-parts/unique-classifications.js';
import { childElements, find, findAll, textAt, type XmlElement } from '../xml/parse-xml-tree.js';
import { pushEditionIpc } from './ipc-edition-symbol.js';
import { child, childText, rawTextOf } from './xml-text.js';

/** IPC-R, CPC (main and further) and the older edition-form IPC of a v4.x document. */
export function usPatentClassifications(bib: XmlElement, warnings: RecordWarning[]): ClassificationEntry[] {
  const entries: ClassificationEntry[] = [];
  for (const el of findAll(bib, 'classifications-ipcr/classification-ipcr')) {
    const entry = structured('ipc', el, childText(child(el, 'ipc-version-indicator'), 'date'), warnings);
    if (entry) entries.push(entry);
  }
  const cpc = find(bib, 'classifications-cpc');
  for (const group of ['main-cpc', 'further-cpc']) {
    for (const el of findAll(cpc, `${group}/classification-cpc`)) {
      const entry = structured('cpc', el, childText(child(el, 'cpc-version-indicator'), 'date'), warnings);
      if (entry) entries.push(entry);
    }
  }
  const ipc = find(bib, 'classification-ipc');
  if (ipc) entries.push(...editionForm(ipc, warnings));
  return uniqueClassifications(entries);
}

function structured(
  scheme: 'ipc' | 'cpc',
  el: XmlElement,
  version: string | null,
  warnings: RecordWarning[],
): ClassificationEntry | null {
  const subclass = `${childText(el, 'section') ?? ''}${childText(el, 'class') ?? ''}${childText(el, 'subclass') ?? ''}`;
  const raw = `${subclass}${childText(el, 'main-group') ?? ''}/${childText(el, 'subgroup') ?? ''}`;
  return classificationEntry(
    scheme,
    raw,
    {
      value: classificationValue(childText(el, 'classification-value')),
      isFirst: childText(el, 'symbol-position') === 'F',
      version,
    },
    warnings,
  );
}

/** `<classification-ipc>`: edition, main-classification, further-classification (`H04N 5/225`, ` 5/228`). */
function editionForm(ipc: XmlElement, warnings: RecordWarning[]): ClassificationEntry[] {
  const version = textAt(ipc, 'edition');
  const entries: ClassificationEntry[] = [];
  for (const el of childElements(ipc)) {
    if (el.name !== 'main-classification' && el.name !== 'further-classification') continue;
    pushEditionIpc(entries, rawTextOf(el), el.name === 'main-classification', version, warnings);
  }
  return entries;
}
