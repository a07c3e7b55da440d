import { recordAudit } from '@samsyn/db';
import { type BoardSeatRule, DomainError, throwIfProblems } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockRow } from './organisation-records.ts';

export type SaveSeatRuleInput = BoardSeatRule & { id: string | null; expectedVersion: number | null };

/** Adds (`id` null) or changes a rule of the förbundsordning for a body. Admins. */
export async function saveSeatRule(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: SaveSeatRuleInput,
): Promise<{ id: string; version: number }> {
  const { id, expectedVersion, ...rule } = input;
  const before = id === null ? null : await lockRow(tx, 'board_seat_rules', tenantId, id, expectedVersion);
  const [body] = await tx`select 1 from board_bodies where tenant_id = ${tenantId} and id = ${rule.bodyId}`;
  if (!body) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'boardBody' });
  if (rule.memberId !== null) {
    const [member] = await tx`select 1 from members where tenant_id = ${tenantId} and id = ${rule.memberId}`;
    throwIfProblems(
      'boardOrganisation.invalid',
      member ? [] : [{ key: 'boardOrganisation.ruleRepresentsRequired', path: ['represents'] }],
    );
  }
  const values = {
    body_id: rule.bodyId,
    member_id: rule.memberId,
    member_group: rule.memberGroup,
    ordinary_seats: rule.ordinarySeats,
    substitute_seats: rule.substituteSeats,
    valid_from: rule.validFrom,
    valid_to: rule.validTo,
    source: rule.source,
  };
  const [row] =
    id === null
      ? await tx<{ id: string; version: number }[]>`
          insert into board_seat_rules ${tx({ tenant_id: tenantId, ...values })} returning id, version`
      : await tx<{ id: string; version: number }[]>`
          update board_seat_rules set ${tx(values)}, version = version + 1
          where tenant_id = ${tenantId} and id = ${id} returning id, version`;
  if (!row) throw new Error('seat rule save returned no row');
  await recordAudit(tx, {
    action: id === null ? 'board.seatRule.create' : 'board.seatRule.update',
    entity: 'boardSeatRule',
    entityId: row.id,
    ...(before ? { before } : {}),
    after: values,
  });
  return row;
}
