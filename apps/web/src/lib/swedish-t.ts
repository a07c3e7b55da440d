import i18next, { type TFunction } from 'i18next';
import { sv as svEager } from '../i18n/sv.ts';
import { svPages } from '../i18n/sv-pages.ts';

/**
 * For the tests of a page's pure text functions: the whole Swedish catalogue as a page sees it
 * once its own strings have loaded (the eager catalogue and the pages' chunk), and a `t` over it
 * that gives the sentences exactly as the page shows them (no HTML escaping, loaded at once).
 */
export const svWhole = { ...svEager, ...svPages };

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'sv',
  resources: { sv: { translation: svWhole } },
  initAsync: false,
  interpolation: { escapeValue: false },
});

export const swedishT = i18n.t.bind(i18n) as TFunction;
