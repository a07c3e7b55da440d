import { z } from 'zod';
import { MAX_INT4 } from '../stored-integer.ts';
import type { Period } from './period.ts';

/**
 * The two terms of a year (vårtermin, hösttermin). Local groups keep meetings per term because the
 * plans measure them so ("MYSAM-grupperna träffas minst två gånger per termin"); a year's figure
 * alone cannot tell whether a group met twice in each term.
 */
export const terms = ['spring', 'autumn'] as const;
export type Term = (typeof terms)[number];

const meetingsHeld = z
  .number({ error: 'localGroup.meetingsInvalid' })
  .int('localGroup.meetingsInvalid')
  .nonnegative('localGroup.meetingsInvalid')
  .max(MAX_INT4, 'localGroup.meetingsInvalid');

/** One term's meetings, and whether every party (FK, AF, region, municipality) was at them. */
export const localGroupTermFiguresSchema = z.object({
  meetingsHeld,
  allPartiesPresent: z.boolean({ error: 'localGroup.allPartiesPresentInvalid' }),
});
export type LocalGroupTermFigures = z.infer<typeof localGroupTermFiguresSchema>;

/** A local group's term: the year, which term, and its figures. */
export const localGroupTermSchema = localGroupTermFiguresSchema.extend({
  year: z
    .number({ error: 'localGroup.yearInvalid' })
    .int('localGroup.yearInvalid')
    .min(2000, 'localGroup.yearInvalid')
    .max(2100, 'localGroup.yearInvalid'),
  term: z.enum(terms, { error: 'localGroup.termInvalid' }),
});
export type LocalGroupTerm = z.infer<typeof localGroupTermSchema>;

/** The year form's terms: each term's figures, or null when the term is not kept (left blank). */
export const localGroupYearTermsSchema = z.object({
  spring: localGroupTermFiguresSchema.nullable(),
  autumn: localGroupTermFiguresSchema.nullable(),
});
export type LocalGroupYearTerms = z.infer<typeof localGroupYearTermsSchema>;

/** Spring is January–June, autumn July–December: the half-years the plans follow up. */
export const termOfMonth = (month: number): Term => (month <= 6 ? 'spring' : 'autumn');

/**
 * The terms a follow-up period covers: a year both, a half-year its term, a month the term it
 * falls in (a month is never followed up on its own, but it must not fail).
 */
export function termsInPeriod(period: Period): { year: number; term: Term }[] {
  switch (period.type) {
    case 'year':
      return terms.map((term) => ({ year: period.year, term }));
    case 'half_year':
      return [{ year: period.year, term: period.half === 1 ? 'spring' : 'autumn' }];
    case 'month':
      return [{ year: period.year, term: termOfMonth(period.month) }];
  }
}

/**
 * When a year has terms, its yearly meetings figure is their sum (a year without terms keeps the
 * yearly figure entered on its own). Null when the year keeps no terms.
 */
export function yearlyMeetingsFromTerms(yearTerms: readonly { meetingsHeld: number }[]): number | null {
  return yearTerms.length === 0 ? null : yearTerms.reduce((sum, term) => sum + term.meetingsHeld, 0);
}
