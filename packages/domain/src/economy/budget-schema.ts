import { z } from 'zod';
import { oreSchema } from '../money/money-schemas.ts';
import { nameText, singleLineText } from '../text.ts';
import { budgetLineKinds } from './budget.ts';
import { funderGroups } from './financing-split.ts';
import { costKindSchema } from './line-kind.ts';

const codeSchema = singleLineText({ typeError: 'budget.codeRequired' })
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'budget.invalidCode' });

const budgetLineSchema = z.object({
  code: codeSchema,
  name: nameText().min(1, { error: 'budget.nameRequired' }).max(200, { error: 'budget.nameTooLong' }),
  kind: z.enum(budgetLineKinds, { error: 'budget.invalidKind' }),
  costKind: costKindSchema.optional(),
  funderGroup: z.enum(funderGroups, { error: 'budget.invalidFunderGroup' }).optional(),
  memberId: singleLineText().min(1).max(100).optional(),
  group: singleLineText().min(1).max(100).optional(),
  amounts: z.array(oreSchema).max(5),
  ofWhich: z
    .array(
      z.object({
        code: codeSchema,
        name: nameText().min(1, { error: 'budget.nameRequired' }).max(200, { error: 'budget.nameTooLong' }),
        amounts: z.array(oreSchema.nullable()).max(5),
      }),
    )
    .max(100)
    .optional(),
});

/**
 * A budget or multi-year plan as entered: 1–5 consecutive years, unique line codes, one amount per
 * year on every line, a funder group on every contribution line, a cost kind on every cost line (and
 * on no other line). Amounts are non-negative öre (a cost is a positive amount on a cost line).
 * Error messages are stable keys.
 */
export const budgetSchema = z
  .object({
    years: z
      .array(
        z
          .number()
          .int()
          .min(2000, { error: 'budget.invalidYear' })
          .max(2100, { error: 'budget.invalidYear' }),
      )
      .min(1, { error: 'budget.noYears' })
      .max(5, { error: 'budget.tooManyYears' }),
    lines: z.array(budgetLineSchema).min(1, { error: 'budget.noLines' }).max(500),
  })
  .superRefine((budget, ctx) => {
    budget.years.forEach((year, index) => {
      if (index > 0 && year !== (budget.years[index - 1] ?? 0) + 1) {
        ctx.addIssue({ code: 'custom', message: 'budget.yearsNotConsecutive', path: ['years', index] });
      }
    });
    const seen = new Set<string>();
    budget.lines.forEach((line, index) => {
      if (seen.has(line.code))
        ctx.addIssue({ code: 'custom', message: 'budget.duplicateCode', path: ['lines', index, 'code'] });
      seen.add(line.code);
      if (line.amounts.length !== budget.years.length) {
        ctx.addIssue({ code: 'custom', message: 'budget.amountsPerYear', path: ['lines', index, 'amounts'] });
      }
      line.ofWhich?.forEach((sub, subIndex) => {
        if (sub.amounts.length !== budget.years.length) {
          ctx.addIssue({
            code: 'custom',
            message: 'budget.amountsPerYear',
            path: ['lines', index, 'ofWhich', subIndex, 'amounts'],
          });
        }
      });
      if (line.kind === 'contribution' && line.funderGroup === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'budget.contributionNeedsFunderGroup',
          path: ['lines', index],
        });
      }
      if (line.kind === 'cost' && line.costKind === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'budget.costKindRequired',
          path: ['lines', index, 'costKind'],
        });
      }
      if (line.kind !== 'cost' && line.costKind !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'budget.costKindOnlyOnCost',
          path: ['lines', index, 'costKind'],
        });
      }
      if (line.kind !== 'contribution' && line.funderGroup !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'budget.funderGroupOnlyOnContribution',
          path: ['lines', index],
        });
      }
    });
  });
