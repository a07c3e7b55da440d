/** An agenda item's decision: shown, written and corrected here (embedded per item). */
export function ItemDecision(_props: {
  meetingId: string;
  itemId: string;
  itemTitle: string;
  locked: boolean;
}) {
  return null;
}
