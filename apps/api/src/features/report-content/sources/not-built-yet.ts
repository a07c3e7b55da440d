import type { SourceResult } from '@samsyn/domain';

/** A generator not written yet answers like a source without data: the section can be written instead. */
export const notBuiltYet: SourceResult = {
  status: 'unavailable',
  reason: 'Den här delen byggs ännu inte från förbundets uppgifter. Skriv avsnittet i stället.',
};
