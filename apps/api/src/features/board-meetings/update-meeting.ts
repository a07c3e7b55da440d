import { recordAudit } from '@samsyn/db';
import type { MeetingHeader } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockMeeting } from './meeting-records.ts';

type HeaderColumns = MeetingHeader;

/**
 * Replaces a meeting's header (date, times, place, online link, secretary), if nobody edited the
 * meeting since; approved minutes refuse it. The body stays (the § series is the body's). Editors.
 */
export async function updateMeeting(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: MeetingHeader & { meetingId: string; expectedVersion: number },
): Promise<{ version: number }> {
  const { meetingId, expectedVersion, ...header } = input;
  await lockMeeting(tx, tenantId, meetingId, expectedVersion);
  const [before] = await tx<HeaderColumns[]>`
    select meeting_date::text as "meetingDate", to_char(starts_at, 'HH24:MI') as "startsAt",
           to_char(ends_at, 'HH24:MI') as "endsAt", place, online_url as "onlineUrl", secretary
    from board_meetings where tenant_id = ${tenantId} and id = ${meetingId}`;
  const [row] = await tx<{ version: number }[]>`
    update board_meetings set meeting_date = ${header.meetingDate}, starts_at = ${header.startsAt},
      ends_at = ${header.endsAt}, place = ${header.place}, online_url = ${header.onlineUrl},
      secretary = ${header.secretary}, version = version + 1
    where tenant_id = ${tenantId} and id = ${meetingId} returning version`;
  if (!row || !before) throw new Error('meeting update returned no row');
  const changed = (Object.keys(header) as (keyof HeaderColumns)[]).filter(
    (key) => before[key] !== header[key],
  );
  await recordAudit(tx, {
    action: 'boardMeeting.update',
    entity: 'boardMeeting',
    entityId: meetingId,
    before: Object.fromEntries(changed.map((key) => [key, before[key]])),
    after: Object.fromEntries(changed.map((key) => [key, header[key]])),
  });
  return row;
}
