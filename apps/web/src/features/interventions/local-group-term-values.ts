import {
  type LocalGroupTermFigures,
  type LocalGroupYear,
  type LocalGroupYearTerms,
  localGroupTermFiguresSchema,
  type Term,
  terms,
} from '@samsyn/domain';
import { z } from 'zod';
import {
  type LocalGroupYearFormValues,
  localGroupYearFormSchema,
  localGroupYearValuesOf,
} from './local-group-form-values.ts';

/** The year form's controls with each term's meetings (text, blank: the term is not kept) and parties. */
export interface LocalGroupYearTermsFormValues extends LocalGroupYearFormValues {
  springMeetings: string;
  springAllPartiesPresent: boolean;
  autumnMeetings: string;
  autumnAllPartiesPresent: boolean;
}

export const termMeetingsField = (term: Term) => `${term}Meetings` as const;
export const termPartiesField = (term: Term) => `${term}AllPartiesPresent` as const;

type StoredTerm = { term: Term; meetingsHeld: number; allPartiesPresent: boolean };

/** The form for a saved year with its terms, or a new one (no terms kept). */
export function localGroupYearTermValuesOf(
  existing: (LocalGroupYear & { terms: readonly StoredTerm[] }) | undefined,
): LocalGroupYearTermsFormValues {
  const stored = (term: Term) => existing?.terms.find((entry) => entry.term === term);
  return {
    ...localGroupYearValuesOf(existing),
    springMeetings: stored('spring') ? String(stored('spring')?.meetingsHeld) : '',
    springAllPartiesPresent: stored('spring')?.allPartiesPresent ?? false,
    autumnMeetings: stored('autumn') ? String(stored('autumn')?.meetingsHeld) : '',
    autumnAllPartiesPresent: stored('autumn')?.allPartiesPresent ?? false,
  };
}

/** A term's figures as typed: null when its meetings are blank, undefined when they are not a count. */
function termOf(values: LocalGroupYearTermsFormValues, term: Term): LocalGroupTermFigures | null | undefined {
  const text = values[termMeetingsField(term)].trim();
  if (text === '') return null;
  const parsed = localGroupTermFiguresSchema.safeParse({
    meetingsHeld: Number(text),
    allPartiesPresent: values[termPartiesField(term)],
  });
  return parsed.success ? parsed.data : undefined;
}

/** The year's meetings as the terms give them (their sum), or null while no term is filled in. */
export function termSumOf(values: LocalGroupYearTermsFormValues): number | null {
  const kept = terms.map((term) => termOf(values, term)).filter((figures) => figures != null);
  return kept.length === 0 ? null : kept.reduce((sum, figures) => sum + figures.meetingsHeld, 0);
}

/**
 * The year form with terms: each term's meetings checked beside its field, and when a term is
 * kept the year's meetings are the terms' sum (as the API requires), whatever the yearly field held.
 */
export function localGroupYearWithTermsFormSchema(year: number) {
  const yearSchema = localGroupYearFormSchema(year);
  return z
    .custom<LocalGroupYearTermsFormValues>((value) => typeof value === 'object' && value !== null)
    .transform((values, ctx): LocalGroupYear & { terms: LocalGroupYearTerms } => {
      const read = (term: Term) => {
        const figures = termOf(values, term);
        if (figures !== undefined) return figures;
        ctx.addIssue({
          code: 'custom',
          message: 'localGroup.meetingsInvalid',
          path: [termMeetingsField(term)],
        });
        return null;
      };
      const yearTerms = { spring: read('spring'), autumn: read('autumn') };
      const sum = termSumOf(values);
      const parsed = yearSchema.safeParse({
        ...values,
        meetingsHeld: sum === null ? values.meetingsHeld : String(sum),
      });
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path.map(String) });
        return z.NEVER;
      }
      return { ...parsed.data, terms: yearTerms };
    });
}
