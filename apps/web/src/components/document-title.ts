/**
 * The document title: the page's parts, most specific first, then the product. When the h1 is
 * text that starts with the first part and says more ("Budget 2019" for the part "Budget"), the
 * title says it too, so that the title names the same year or period the page shows (a
 * screen-reader user hears the title first; two tabs of different years must not look alike).
 */
export function documentTitle(titleParts: readonly string[], heading: unknown, productName: string): string {
  const [first, ...rest] = titleParts;
  const isFuller =
    typeof heading === 'string' && first !== undefined && heading !== first && heading.startsWith(first);
  return [...(isFuller ? [heading, ...rest] : titleParts), productName].join(' – ');
}
