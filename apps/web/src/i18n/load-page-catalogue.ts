import { i18n } from './i18n.ts';

let loading: Promise<void> | undefined;

/**
 * Adds the page strings of `sv-pages.ts` to the catalogue, once. The routes of every page that
 * shows them (the economy's, the plan's, the board's, the applications', the reports', the
 * interventions' and the administration's pages) wait for it beside their own chunk, so no page
 * renders a raw key.
 */
export function loadPageCatalogue(): Promise<void> {
  loading ??= import('./sv-pages.ts').then(({ svPages }) => {
    i18n.addResourceBundle('sv', 'translation', svPages, true, false);
  });
  return loading;
}

/** A route's lazy import that also waits for the page strings. */
export function withPageCatalogue<T>(page: Promise<T>): Promise<T> {
  return Promise.all([page, loadPageCatalogue()]).then(([loaded]) => loaded);
}
