import { CJK_SCRIPT, cjkName } from './cjk-name-key.js';
import { latinName } from './latin-name-key.js';
import { splitAssigneeName } from './split-assignee-name.js';

/**
 * The most readable form of a name: as written (case kept), without its legal form. Latin names lose trailing
 * words as long as the match key stays the same, so only what the key ignores (Co., Ltd., GmbH) goes.
 * @example displayName('Baidu Online Network Technology (Beijing) Co., Ltd.') // 'Baidu Online Network Technology (Beijing)'
 */
export function displayName(name: string): string {
  const text = splitAssigneeName(name.normalize('NFKC')).replace(/\s+/g, ' ').trim();
  if (CJK_SCRIPT.test(text)) return cjkName(text).withoutLegalForm;
  const key = latinName(text).key;
  const words = text.split(' ');
  let kept = words.length;
  while (kept > 1 && latinName(words.slice(0, kept - 1).join(' ')).key === key) kept -= 1;
  return words
    .slice(0, kept)
    .join(' ')
    .replace(/[\s,;:&-]+$/, '');
}
