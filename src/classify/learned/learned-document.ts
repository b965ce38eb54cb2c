/** One text field: a string, or one string per language. */
export type TextValue = string | readonly string[] | null | undefined;

/**
 * What the learned classifier reads of a publication: its title, abstract and first claim (any languages)
 * and its IPC/CPC symbols in any usual spelling (`G06N 3/08`, `G06N3/08`).
 */
export interface LearnedDocument {
  title?: TextValue;
  abstract?: TextValue;
  claims?: TextValue;
  codes?: readonly string[] | null;
}

/** The texts of a field as a list. */
export function textsOf(value: TextValue): readonly string[] {
  if (value === null || value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}
