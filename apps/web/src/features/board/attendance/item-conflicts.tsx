/** An agenda item's jäv: declared conflicts and Samsyn's suggestions (embedded per item). */
export function ItemConflicts(_props: { meetingId: string; itemId: string; locked: boolean }) {
  return null;
}
