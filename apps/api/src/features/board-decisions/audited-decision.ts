import type { ItemOfDecision } from './decision-rows.ts';

/** A decision's own columns as a change or a delete records them in the audit log. */
export interface DecisionAuditFields {
  kind: string;
  title: string;
  text: string;
  correctsDecisionId: string | null;
  grantOutcome: string | null;
  grantedAmountOre: number | null;
}

/** What the audit log says of a decision: its item, meeting date and paragraph, then its own fields. */
export const auditedDecision = <Fields extends object>(item: ItemOfDecision, fields: Fields) => ({
  item: item.itemTitle,
  meetingDate: item.meetingDate,
  paragraph: item.paragraph,
  ...fields,
});
