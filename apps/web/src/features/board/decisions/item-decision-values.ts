import {
  type DecisionKind,
  decisionSchema,
  type GrantOutcome,
  grantedAmountSchema,
  grantOutcomeSchema,
} from '@samsyn/domain';
import { z } from 'zod';
import { amountToText } from '../../../components/form/amount-text.ts';

/**
 * The item's decision form over the domain's schema: the "Rättar beslut" select holds '' for "none",
 * which becomes null, so the browser checks exactly what `decisions.save` will.
 */
export const itemDecisionFormSchema = decisionSchema.extend({
  correctsDecisionId: z.union([z.literal('').transform(() => null), decisionSchema.shape.correctsDecisionId]),
  // On an item about an application (issue 22): bifall/avslag, and the amount as typed in kronor
  // (checked here as the API will parse it; the API answers the rules between them beside the fields).
  // Absent on other items: the API then records no outcome.
  grantOutcome: z.union([z.literal('').transform(() => null), grantOutcomeSchema]).optional(),
  grantedAmount: z
    .string()
    .superRefine((text, ctx) => {
      const parsed = grantedAmountSchema.safeParse(text);
      if (!parsed.success)
        for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
    })
    .optional(),
});
export type ItemDecisionFormValues = z.input<typeof itemDecisionFormSchema>;

/** What the form opens with: the decision as saved, or a new one titled after its item ("Övrigt" kind). */
export function itemDecisionDefaults(
  itemTitle: string,
  decision: {
    kind: DecisionKind;
    title: string;
    text: string;
    corrects: { id: string } | null;
    grantOutcome?: GrantOutcome | null;
    grantedAmountOre?: number | null;
  } | null,
  concernsApplication = false,
): ItemDecisionFormValues {
  // Only an item about an application asks for bifall/avslag and the amount.
  const grant: Pick<ItemDecisionFormValues, 'grantOutcome' | 'grantedAmount'> =
    concernsApplication || decision?.grantOutcome
      ? {
          grantOutcome: decision?.grantOutcome ?? '',
          grantedAmount: amountToText(decision?.grantedAmountOre ?? null),
        }
      : {};
  return decision
    ? {
        kind: decision.kind,
        title: decision.title,
        text: decision.text,
        correctsDecisionId: decision.corrects?.id ?? '',
        ...grant,
      }
    : {
        // A decision on an application is a grant decision ("Insats och medel").
        kind: concernsApplication ? 'grant' : 'other',
        title: itemTitle,
        text: '',
        correctsDecisionId: '',
        ...grant,
      };
}

/** The decisions a decision at a meeting on `meetingDate` may correct: approved, of an earlier meeting. */
export function correctableDecisions<Row extends { meetingDate: string; meetingStatus: string }>(
  rows: readonly Row[],
  meetingDate: string,
): Row[] {
  return rows.filter((row) => row.meetingStatus === 'approved' && row.meetingDate < meetingDate);
}
