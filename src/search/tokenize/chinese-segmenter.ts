import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';

let jieba: Jieba | null = null;

/**
 * jieba with its bundled dictionary, loaded on first use (about 0.25 s), once per process. The package is
 * CommonJS without an exports map, so it is required rather than imported.
 */
function segmenter(): Jieba {
  if (jieba) return jieba;
  const require = createRequire(import.meta.url);
  const { Jieba: JiebaClass } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
  jieba = JiebaClass.withDict(dict);
  return jieba;
}

/**
 * Words of a run of Chinese (or other CJK) characters in jieba's search mode: a long word also gives its
 * dictionary sub-words (图像识别 -> 图像, 识别, 图像识别), so a need and a document that segment a compound
 * differently still share terms. The HMM for unknown words is off: an unknown word falls back to single
 * characters, which match the same way in a need and in a document.
 */
export function segmentChinese(run: string): string[] {
  return segmenter().cutForSearch(run, false);
}
