import 'i18next';
import type { Catalogue } from './sv.ts';

// Makes t() accept only keys that exist in the Swedish catalogue.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}
