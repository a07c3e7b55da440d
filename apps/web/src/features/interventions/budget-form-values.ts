import { type InterventionBudget, interventionBudgetSchema, kronorTextSchema } from '@samsyn/domain';
import { z } from 'zod';

/** Planned participants as a form's four inputs hold them (an intervention's budget year, an application's). */
export interface PlannedParticipantsText {
  total: string;
  women: string;
  men: string;
  otherUnknown: string;
}

/** What the budget form's inputs hold: the year and amounts as typed, planned participants as text. */
export interface BudgetFormValues {
  year: string;
  totalBudget: string;
  spendToDate: string;
  plannedParticipants: PlannedParticipantsText;
}

/** Saved planned participants as text for the inputs; all blank when none were planned. */
export function plannedParticipantsText(
  planned: { total: number; women: number; men: number; otherUnknown: number } | null | undefined,
): PlannedParticipantsText {
  return {
    total: planned ? String(planned.total) : '',
    women: planned ? String(planned.women) : '',
    men: planned ? String(planned.men) : '',
    otherUnknown: planned ? String(planned.otherUnknown) : '',
  };
}

const countOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim()));

/**
 * The planned participants to send: none when all four are blank, and blank gender parts of a
 * given total are 0 (a blank total stays unreadable, for the schema to name).
 */
export function plannedParticipantsOf(text: PlannedParticipantsText) {
  const hasPlanned = Object.values(text).some((part) => part.trim() !== '');
  return hasPlanned
    ? {
        total: countOf(text.total),
        women: countOf(text.women || '0'),
        men: countOf(text.men || '0'),
        otherUnknown: countOf(text.otherUnknown || '0'),
      }
    : null;
}

const kronorText = (ore: number | undefined) =>
  ore === undefined ? '' : String(ore / 100).replace('.', ',');

/** The form for a saved year, or for a new one (`year` then the current year). */
export function budgetValuesOf(entry: InterventionBudget | null, year: number): BudgetFormValues {
  return {
    year: String(entry?.year ?? year),
    totalBudget: kronorText(entry?.totalBudget),
    spendToDate: kronorText(entry?.spendToDate),
    plannedParticipants: plannedParticipantsText(entry?.plannedParticipants),
  };
}

/**
 * The form's schema: amounts read as Swedish kronor ("1 600 000,50") into öre, then the domain's
 * `interventionBudgetSchema`. Planned participants are optional: all blank is none, and blank
 * gender parts of a given total are 0.
 */
export const budgetFormSchema = z
  .custom<BudgetFormValues>((value) => typeof value === 'object' && value !== null)
  .transform((values, ctx): InterventionBudget => {
    const amount = (field: 'totalBudget' | 'spendToDate', key: string) => {
      const parsed = kronorTextSchema.safeParse(values[field]);
      if (parsed.success) return parsed.data as number;
      ctx.addIssue({ code: 'custom', message: key, path: [field] });
      return 0;
    };
    const input = {
      year: Number(values.year.trim() || Number.NaN),
      totalBudget: amount('totalBudget', 'interventionBudget.totalInvalid'),
      spendToDate: amount('spendToDate', 'interventionBudget.spendInvalid'),
      plannedParticipants: plannedParticipantsOf(values.plannedParticipants),
    };
    const parsed = interventionBudgetSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path.map(String) });
      return z.NEVER;
    }
    // An amount that could not be read stood in as 0 above, so its one problem is the typed one.
    return parsed.data;
  });
