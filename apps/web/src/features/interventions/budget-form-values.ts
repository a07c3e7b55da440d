import { type InterventionBudget, interventionBudgetSchema, kronorTextSchema } from '@samsyn/domain';
import { z } from 'zod';

/** What the budget form's inputs hold: the year and amounts as typed, planned participants as text. */
export interface BudgetFormValues {
  year: string;
  totalBudget: string;
  spendToDate: string;
  plannedParticipants: { total: string; women: string; men: string; otherUnknown: string };
}

const kronorText = (ore: number | undefined) =>
  ore === undefined ? '' : String(ore / 100).replace('.', ',');

/** The form for a saved year, or for a new one (`year` then the current year). */
export function budgetValuesOf(entry: InterventionBudget | null, year: number): BudgetFormValues {
  const planned = entry?.plannedParticipants;
  return {
    year: String(entry?.year ?? year),
    totalBudget: kronorText(entry?.totalBudget),
    spendToDate: kronorText(entry?.spendToDate),
    plannedParticipants: {
      total: planned ? String(planned.total) : '',
      women: planned ? String(planned.women) : '',
      men: planned ? String(planned.men) : '',
      otherUnknown: planned ? String(planned.otherUnknown) : '',
    },
  };
}

const countOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim()));

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
    const planned = values.plannedParticipants;
    const hasPlanned = Object.values(planned).some((text) => text.trim() !== '');
    const input = {
      year: Number(values.year.trim() || Number.NaN),
      totalBudget: amount('totalBudget', 'interventionBudget.totalInvalid'),
      spendToDate: amount('spendToDate', 'interventionBudget.spendInvalid'),
      plannedParticipants: hasPlanned
        ? {
            total: countOf(planned.total),
            women: countOf(planned.women || '0'),
            men: countOf(planned.men || '0'),
            otherUnknown: countOf(planned.otherUnknown || '0'),
          }
        : null,
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
