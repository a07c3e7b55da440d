import { expect, type Page } from '@playwright/test';
import { sv } from '../../../apps/web/src/i18n/sv.ts';
import { svPages } from '../../../apps/web/src/i18n/sv-pages.ts';

/**
 * Every key of the Swedish catalogue, as i18next would print it when its string is missing:
 * the dotted path, and for plural forms (`count_one`, `count_other`) the path without the suffix.
 * A page that shows one of these shows a raw key: its strings were not loaded (a lazy page
 * catalogue not awaited) or the key moved.
 */
function catalogueKeys(): Set<string> {
  const keys = new Set<string>();
  const walk = (node: unknown, path: string): void => {
    if (typeof node === 'string') {
      keys.add(path);
      keys.add(path.replace(/_(zero|one|two|few|many|other)$/, ''));
      return;
    }
    if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk({ ...sv, ...svPages }, '');
  return keys;
}

const keys = catalogueKeys();

/**
 * Fails if the page's visible text or its accessible names (aria-label, title, placeholder, alt)
 * hold a raw catalogue key instead of its Swedish string.
 */
export async function expectNoRawCatalogueKeys(page: Page): Promise<void> {
  const texts = await page.evaluate(() => {
    // Each text node on its own, so two neighbouring cells never run together into one token.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const shownTexts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement?.tagName;
      if (parent !== 'SCRIPT' && parent !== 'STYLE') shownTexts.push(node.nodeValue ?? '');
    }
    const named = Array.from(
      document.querySelectorAll('[aria-label], [title], [placeholder], [alt]'),
    ).flatMap((element) =>
      ['aria-label', 'title', 'placeholder', 'alt'].map((name) => element.getAttribute(name) ?? ''),
    );
    return [document.title, ...shownTexts, ...named];
  });
  const shown = texts.flatMap((text) => text.match(/[A-Za-z][\w]*(?:\.[A-Za-z_][\w]*)+/g) ?? []);
  const raw = [...new Set(shown.filter((token) => keys.has(token)))];
  expect(raw, `raw catalogue keys on ${page.url()}`).toEqual([]);
}
