/** Swedish alphabetical order (å, ä, ö last), with numbers in natural order: 2 before 10. */
const collator = new Intl.Collator('sv', { numeric: true, sensitivity: 'base' });

export const compareNames = (a: string, b: string): number => collator.compare(a, b);

/** A copy sorted by `name`, the way a Swedish reader looks for it. */
export const byName = <T extends { name: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => compareNames(a.name, b.name));
