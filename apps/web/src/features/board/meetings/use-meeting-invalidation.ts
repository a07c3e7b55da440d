import { useTRPC } from '../../../lib/trpc.ts';
import { useTenant } from '../../tenant/use-tenant.ts';

/**
 * What a meeting's write changes: the meeting, the list, and the neighbours' reads of it (the
 * attendance and decisions sections read the items and the lock too).
 */
export function useMeetingInvalidation(meetingId: string) {
  const trpc = useTRPC();
  const tenant = useTenant();
  return () => [
    trpc.meetings.get.queryFilter({ tenant: tenant.slug, meetingId }),
    trpc.meetings.list.queryFilter(),
    trpc.meetingAttendance.pathFilter(),
    trpc.decisions.pathFilter(),
  ];
}
