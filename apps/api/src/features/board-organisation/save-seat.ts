import { recordAudit } from '@samsyn/db';
import { type BoardSeat, DomainError, throwIfProblems, type ValidationProblem } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockRow } from './organisation-records.ts';

export type SaveSeatInput = BoardSeat & { id: string | null; expectedVersion: number | null };

/**
 * Adds a seat (`id` null) or changes one: its body, person, role, whom it represents and its
 * term. The body, person and member must be this förbund's (another's is NOT_FOUND or refused
 * beside its field). Editors.
 */
export async function saveSeat(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: SaveSeatInput,
): Promise<{ id: string; version: number }> {
  const { id, expectedVersion, ...seat } = input;
  const before = id === null ? null : await lockRow(tx, 'board_seats', tenantId, id, expectedVersion);
  const [body] = await tx`select 1 from board_bodies where tenant_id = ${tenantId} and id = ${seat.bodyId}`;
  if (!body) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'boardBody' });
  const problems: ValidationProblem[] = [];
  const [person] =
    await tx`select 1 from board_people where tenant_id = ${tenantId} and id = ${seat.personId}`;
  if (!person) problems.push({ key: 'boardOrganisation.personRequired', path: ['personId'] });
  if (seat.memberId !== null) {
    const [member] = await tx`select 1 from members where tenant_id = ${tenantId} and id = ${seat.memberId}`;
    if (!member) problems.push({ key: 'boardOrganisation.representsInvalid', path: ['represents'] });
  }
  throwIfProblems('boardOrganisation.invalid', problems);
  const values = {
    body_id: seat.bodyId,
    person_id: seat.personId,
    role: seat.role,
    title: seat.title,
    member_id: seat.memberId,
    member_group: seat.memberGroup,
    substitute_order: seat.substituteOrder,
    from_date: seat.fromDate,
    to_date: seat.toDate,
    note: seat.note,
  };
  const [row] =
    id === null
      ? await tx<{ id: string; version: number }[]>`
          insert into board_seats ${tx({ tenant_id: tenantId, ...values })} returning id, version`
      : await tx<{ id: string; version: number }[]>`
          update board_seats set ${tx(values)}, version = version + 1
          where tenant_id = ${tenantId} and id = ${id} returning id, version`;
  if (!row) throw new Error('seat save returned no row');
  await recordAudit(tx, {
    action: id === null ? 'board.seat.create' : 'board.seat.update',
    entity: 'boardSeat',
    entityId: row.id,
    ...(before ? { before } : {}),
    after: values,
  });
  return row;
}
