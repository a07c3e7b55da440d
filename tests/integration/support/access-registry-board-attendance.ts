/** Access rules of `meetingAttendance.*` (issue 21, the board), spread into the main registry. */
import type { AccessRule } from './access-registry.ts';

export const meetingAttendanceAccessRules: Record<string, AccessRule> = {};
