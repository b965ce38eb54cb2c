import type { ReadItem } from '../../domain/read-item.js';
import { parseEpoDocument } from '../epo/parse-epo-document.js';
import { parseUsptoDocument } from '../uspto/parse-uspto-document.js';
import { sniffXmlRoot } from './xml-root.js';

/** Parse one XML patent document of any supported office; unknown roots become rejects. */
export function parseXmlDocument(bytes: Buffer, ctx: { file: string; byteOffset: number }): ReadItem {
  const root = sniffXmlRoot(bytes.subarray(0, 64 * 1024).toString('latin1'));
  if (root?.root === 'ep-patent-document') return parseEpoDocument(bytes, ctx);
  return parseUsptoDocument(bytes, ctx);
}
