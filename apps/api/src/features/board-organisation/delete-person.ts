import { recordAudit } from '@samsyn/db';
import { DomainError } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockRow } from './organisation-records.ts';

/**
 * Deletes a person who holds no seat, past or present (the seats are the history: end or delete
 * them first; refused with `boardOrganisation.personHasSeats`). Editors.
 */
export async function deletePerson(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { id: string; expectedVersion: number },
): Promise<void> {
  const before = await lockRow(tx, 'board_people', tenantId, input.id, input.expectedVersion);
  const [seats] = await tx<{ count: number }[]>`
    select count(*)::int as count from board_seats where tenant_id = ${tenantId} and person_id = ${input.id}`;
  if ((seats?.count ?? 0) > 0)
    throw new DomainError('CONFLICT', 'boardOrganisation.personHasSeats', { count: seats?.count ?? 0 });
  await tx`delete from board_people where tenant_id = ${tenantId} and id = ${input.id}`;
  await recordAudit(tx, { action: 'board.person.delete', entity: 'boardPerson', entityId: input.id, before });
}
