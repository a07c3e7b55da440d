import { recordAudit } from '@samsyn/db';
import { type CreateMeetingInput, DomainError } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';

/** Plans a meeting of one of the förbund's bodies. NOT_FOUND for another förbund's body. Editors. */
export async function createMeeting(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: CreateMeetingInput,
): Promise<{ id: string; version: number }> {
  const [body] = await tx`select 1 from board_bodies where tenant_id = ${tenantId} and id = ${input.bodyId}`;
  if (!body) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'boardBody' });
  const [row] = await tx<{ id: string; version: number }[]>`
    insert into board_meetings (tenant_id, body_id, meeting_date, starts_at, ends_at, place, online_url, secretary)
    values (${tenantId}, ${input.bodyId}, ${input.meetingDate}, ${input.startsAt}, ${input.endsAt}, ${input.place},
            ${input.onlineUrl}, ${input.secretary})
    returning id, version`;
  if (!row) throw new Error('meeting insert returned no row');
  await recordAudit(tx, {
    action: 'boardMeeting.create',
    entity: 'boardMeeting',
    entityId: row.id,
    after: input,
  });
  return row;
}
