import { createRouter } from '../../trpc/init.ts';

/** `meetingAttendance.*` (issue 21, the board): see ARCHITECTURE.md, "Styrelse och möten". */
export const meetingAttendanceRouter = createRouter({});
