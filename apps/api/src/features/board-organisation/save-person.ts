import { recordAudit } from '@samsyn/db';
import { type BoardPerson, throwIfProblems } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockRow } from './organisation-records.ts';

export type SavePersonInput = BoardPerson & { id: string | null; expectedVersion: number | null };

/**
 * Adds a person (`id` null) or changes one. A link to a Samsyn user must name an active member
 * of this förbund's team: a user of another förbund is refused beside the field. Editors.
 */
export async function savePerson(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: SavePersonInput,
): Promise<{ id: string; version: number }> {
  const { id, expectedVersion, ...person } = input;
  const before = id === null ? null : await lockRow(tx, 'board_people', tenantId, id, expectedVersion);
  if (person.userId !== null) {
    const [member] = await tx`
      select 1 from memberships where tenant_id = ${tenantId} and user_id = ${person.userId} and is_active`;
    throwIfProblems(
      'boardOrganisation.invalid',
      member ? [] : [{ key: 'boardOrganisation.userNotInTeam', path: ['userId'] }],
    );
  }
  const values = { name: person.name, email: person.email, party: person.party, user_id: person.userId };
  const [row] =
    id === null
      ? await tx<{ id: string; version: number }[]>`
          insert into board_people ${tx({ tenant_id: tenantId, ...values })} returning id, version`
      : await tx<{ id: string; version: number }[]>`
          update board_people set ${tx(values)}, version = version + 1
          where tenant_id = ${tenantId} and id = ${id} returning id, version`;
  if (!row) throw new Error('person save returned no row');
  await recordAudit(tx, {
    action: id === null ? 'board.person.create' : 'board.person.update',
    entity: 'boardPerson',
    entityId: row.id,
    ...(before ? { before } : {}),
    after: values,
  });
  return row;
}
