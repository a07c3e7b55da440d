import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { sv } from './sv.ts';

/** Swedish only for now; the catalogue is bundled, so initialisation is synchronous. */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: 'sv',
  fallbackLng: 'sv',
  resources: { sv: { translation: sv } },
  initAsync: false,
  // React escapes output already.
  interpolation: { escapeValue: false },
});
