import { z } from 'zod';
import { singleLineText } from '../text.ts';
import { MAX_ORE, type Ore } from './ore.ts';
import { parseKronor } from './parse-kronor.ts';

/**
 * Zod schemas for money coming in from a form or an API call. Error messages are stable keys
 * (`money.notInteger`), never prose: the web app turns them into Swedish through its catalogue.
 */

const oreNumber = (min: number) =>
  z
    .number({ error: 'money.notANumber' })
    .int({ error: 'money.notInteger' })
    .min(min, { error: min === 0 ? 'money.negative' : 'money.tooLarge' })
    .max(MAX_ORE, { error: 'money.tooLarge' })
    .transform((value) => value as Ore);

/** A non-negative amount in öre (budget lines, contributions, balances): 0 … 10 000 000 000 kr. */
export const oreSchema = oreNumber(0);

/** A signed amount in öre (deviations, results, corrections): ±10 000 000 000 kr. */
export const signedOreSchema = oreNumber(-MAX_ORE);

/** A signed kronor amount typed as Swedish text ("1 234 567,50"), parsed to öre. */
export const kronorTextSchema = singleLineText({ typeError: 'money.notText' }).transform((text, ctx): Ore => {
  const parsed = parseKronor(text);
  if (parsed.ok) return parsed.value;
  ctx.addIssue({ code: 'custom', message: parsed.error });
  return z.NEVER;
});

/** As `kronorTextSchema`, but refuses negative amounts. */
export const nonNegativeKronorTextSchema = kronorTextSchema.refine((value) => value >= 0, {
  error: 'money.negative',
});
