import { recordAudit } from '@samsyn/db';
import type { TenantCtx } from '../verb-context.ts';
import { bumpMeetingVersion, lockMeeting } from './meeting-records.ts';

/**
 * Marks a planned meeting as held: the minutes are now being written. Held already: nothing
 * changes but the version. Editors.
 */
export async function markHeld(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { meetingId: string; expectedVersion: number },
): Promise<{ version: number }> {
  const meeting = await lockMeeting(tx, tenantId, input.meetingId, input.expectedVersion);
  await tx`update board_meetings set status = 'held' where tenant_id = ${tenantId} and id = ${input.meetingId}`;
  const version = await bumpMeetingVersion(tx, tenantId, input.meetingId);
  await recordAudit(tx, {
    action: 'boardMeeting.markHeld',
    entity: 'boardMeeting',
    entityId: input.meetingId,
    before: { status: meeting.status },
    after: { status: 'held' },
  });
  return { version };
}
