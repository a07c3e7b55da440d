import {
  grantedAmountSchema,
  grantOutcomeSchema,
  outsideDecisionProblems,
  recordOutsideSchema,
  toAgendaSchema,
} from '@samsyn/domain';
import { z } from 'zod';

/**
 * The decision section's forms over the domain's schemas, so the browser checks what the API
 * will. Amounts stay as typed (kronor text): the API parses them with the same schema.
 */

/** Kronor as typed, checked as `grantedAmountSchema` reads it; the text itself is sent. */
export const kronorText = z.string().superRefine((text, ctx) => {
  const parsed = grantedAmountSchema.safeParse(text);
  if (!parsed.success)
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
});

/** "Till styrelsen": the meeting and, if the editor wants another, the item's title. */
export const toBoardFormSchema = z.object({
  meetingId: z
    .union([z.literal('').transform(() => ''), toAgendaSchema.shape.meetingId])
    .refine((id) => id !== '', {
      message: 'applicationDecision.meetingRequired',
    }),
  title: toAgendaSchema.shape.title,
});
export type ToBoardFormValues = z.input<typeof toBoardFormSchema>;

/** A decision taken before Samsyn: outcome, date, amount (granted only) and a note. */
export const outsideFormSchema = z
  .object({
    outcome: z.union([z.literal(''), grantOutcomeSchema]).refine((value) => value !== '', {
      message: 'applicationDecision.outcomeInvalid',
    }),
    decidedDate: recordOutsideSchema.shape.decidedDate,
    grantedAmount: kronorText,
    note: recordOutsideSchema.shape.note,
  })
  .superRefine((values, ctx) => {
    const amount = grantedAmountSchema.safeParse(values.grantedAmount);
    const outcome = grantOutcomeSchema.safeParse(values.outcome);
    if (!amount.success || !outcome.success) return;
    for (const problem of outsideDecisionProblems({ outcome: outcome.data, grantedAmount: amount.data }))
      ctx.addIssue({ code: 'custom', message: problem.key, path: [...problem.path] });
  });
export type OutsideFormValues = z.input<typeof outsideFormSchema>;
