import { type DecisionKind, decisionSchema } from '@samsyn/domain';
import { z } from 'zod';

/**
 * The item's decision form over the domain's schema: the "Rättar beslut" select holds '' for "none",
 * which becomes null, so the browser checks exactly what `decisions.save` will.
 */
export const itemDecisionFormSchema = decisionSchema.extend({
  correctsDecisionId: z.union([z.literal('').transform(() => null), decisionSchema.shape.correctsDecisionId]),
});
export type ItemDecisionFormValues = z.input<typeof itemDecisionFormSchema>;

/** What the form opens with: the decision as saved, or a new one titled after its item ("Övrigt" kind). */
export function itemDecisionDefaults(
  itemTitle: string,
  decision: { kind: DecisionKind; title: string; text: string; corrects: { id: string } | null } | null,
): ItemDecisionFormValues {
  return decision
    ? {
        kind: decision.kind,
        title: decision.title,
        text: decision.text,
        correctsDecisionId: decision.corrects?.id ?? '',
      }
    : { kind: 'other', title: itemTitle, text: '', correctsDecisionId: '' };
}

/** The decisions a decision at a meeting on `meetingDate` may correct: approved, of an earlier meeting. */
export function correctableDecisions<Row extends { meetingDate: string; meetingStatus: string }>(
  rows: readonly Row[],
  meetingDate: string,
): Row[] {
  return rows.filter((row) => row.meetingStatus === 'approved' && row.meetingDate < meetingDate);
}
