/**
 * The language of a text where the script decides it: kana means Japanese, hangul Korean, other
 * Han characters Chinese; anything else is `und` (Latin script does not tell English from German).
 */
export function scriptLanguage(text: string): string {
  if (/[\u3040-\u30ff]/.test(text)) return 'ja';
  if (/[\uac00-\ud7af]/.test(text)) return 'ko';
  if (/[\u4e00-\u9fff\u3400-\u4dbf]/.test(text)) return 'zh';
  return 'und';
}
