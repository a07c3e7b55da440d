/**
 * Suggests a URL slug from a förbund's name: "Samordningsförbundet Härnösand-Timrå" →
 * "harnosand-timra". The common prefix is dropped because every förbund has it; å/ä → a, ö → o,
 * é → e, as Swedes write names in addresses without diacritics.
 */
export function suggestSlug(name: string): string {
  const withoutPrefix = name.replace(/^\s*samordningsförbunde?t?\s*/i, '').trim() || name;
  return withoutPrefix
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
}
