/**
 * A meeting's attendance, quorum and fees (the attendance helper fills this in; the meeting page
 * embeds it). `locked`: the minutes are approved, nothing changes.
 */
export function AttendanceSection(_props: { meetingId: string; locked: boolean }) {
  return null;
}
