import {
  kronorTextSchema,
  type LocalGroup,
  type LocalGroupYear,
  localGroupSchema,
  localGroupYearSchema,
} from '@samsyn/domain';
import { z } from 'zod';

/** What the local group form's controls hold. */
export interface LocalGroupFormValues {
  name: string;
  /** Checked municipalities; a group with none checked may hold `false`. */
  municipalityMemberIds: string[];
  population: string;
}

/** The local group form's schema: the domain's `localGroupSchema`, a blank population as unknown. */
export const localGroupFormSchema = z
  .custom<LocalGroupFormValues>((value) => typeof value === 'object' && value !== null)
  .transform((values, ctx): LocalGroup => {
    const ids = values.municipalityMemberIds as unknown;
    const parsed = localGroupSchema.safeParse({
      name: values.name,
      municipalityMemberIds: Array.isArray(ids) ? ids : typeof ids === 'string' ? [ids] : [],
      population: values.population.trim() === '' ? null : Number(values.population.trim()),
    });
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues)
      ctx.addIssue({ code: 'custom', message: issue.message, path: [String(issue.path[0] ?? 'name')] });
    return z.NEVER;
  });

/** What the local group year form's controls hold: amounts in kronor as typed. */
export interface LocalGroupYearFormValues {
  budget: string;
  spend: string;
  meetingsHeld: string;
  hasUpdatedActionPlan: boolean;
}

const kronorText = (ore: number) => String(ore / 100).replace('.', ',');

/** The form for a saved year, or a new one (no budget yet, nothing spent, no meetings). */
export function localGroupYearValuesOf(existing: LocalGroupYear | undefined): LocalGroupYearFormValues {
  return {
    budget: existing ? kronorText(existing.budget) : '',
    spend: existing ? kronorText(existing.spend) : '0',
    meetingsHeld: existing ? String(existing.meetingsHeld) : '0',
    hasUpdatedActionPlan: existing?.hasUpdatedActionPlan ?? false,
  };
}

/** The year form's schema for `year`: kronor read into öre, then the domain's `localGroupYearSchema`. */
export function localGroupYearFormSchema(year: number) {
  return z
    .custom<LocalGroupYearFormValues>((value) => typeof value === 'object' && value !== null)
    .transform((values, ctx): LocalGroupYear => {
      const amount = (field: 'budget' | 'spend') => {
        const parsed = kronorTextSchema.safeParse(values[field]);
        if (parsed.success) return parsed.data as number;
        ctx.addIssue({ code: 'custom', message: `localGroup.${field}Invalid`, path: [field] });
        return 0;
      };
      const parsed = localGroupYearSchema.safeParse({
        year,
        budget: amount('budget'),
        spend: amount('spend'),
        meetingsHeld: values.meetingsHeld.trim() === '' ? Number.NaN : Number(values.meetingsHeld.trim()),
        hasUpdatedActionPlan: values.hasUpdatedActionPlan,
      });
      if (parsed.success) return parsed.data;
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path.map(String) });
      return z.NEVER;
    });
}
