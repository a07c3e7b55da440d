import type { Catalogue } from '../i18n/sv.ts';

/** A plural form's key without its suffix (`endedOthers_one` → `endedOthers`), as i18next takes it. */
type PluralBase<K extends string> =
  K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K;

/** Every dotted path to a string in the catalogue, e.g. `errors.auth.invalidCredentials`. */
type LeafKeys<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${PluralBase<K>}`
    : LeafKeys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageKey = LeafKeys<Catalogue>;

/** A message to show: a catalogue key and the values it interpolates. */
export interface Message {
  key: MessageKey;
  values?: Record<string, string | number>;
}
