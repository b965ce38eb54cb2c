/** A valid, unique worksheet name: at most 31 characters, none of : \ / ? * [ ], not starting or ending with '. */
export function sheetName(base: string, taken: Set<string>): string {
  const clean =
    base
      .replace(/[:\\/?*[\]]/g, '-')
      .replace(/^'+|'+$/g, '')
      .trim() || 'sheet';
  let name = clean.slice(0, 31);
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = `-${n}`;
    name = `${clean.slice(0, 31 - suffix.length)}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}
