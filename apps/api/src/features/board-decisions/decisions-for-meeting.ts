import { DomainError } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { type DecisionRecord, decisionSelect } from './decision-rows.ts';

/**
 * A meeting's decisions in agenda order (the protocol prints them under their items). Any member;
 * NOT_FOUND for another förbund's meeting.
 */
export async function decisionsForMeeting(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { meetingId: string },
): Promise<DecisionRecord[]> {
  const [meeting] = await tx`
    select 1 from board_meetings where tenant_id = ${tenantId} and id = ${input.meetingId}`;
  if (!meeting) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'boardMeeting' });
  return tx<DecisionRecord[]>`
    ${decisionSelect(tx)} where d.tenant_id = ${tenantId} and i.meeting_id = ${input.meetingId}
    order by i.position, i.id`;
}
