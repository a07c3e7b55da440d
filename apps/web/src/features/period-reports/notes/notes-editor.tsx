/**
 * The notes (Not 1 Verksamhetens intäkter …) of a report, each checked against its statement line;
 * shown on the notes section's page — built by the economy part of issue 23.
 */
export function NotesEditor(_props: { reportId: string; canEdit: boolean }) {
  return null;
}
