import { recordAudit } from '@samsyn/db';
import { type BoardBody, throwIfProblems } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockRow } from './organisation-records.ts';

export type SaveBodyInput = BoardBody & { id: string | null; expectedVersion: number | null };

/**
 * Adds a body (last in the order) when `id` is null, or changes the one named if nobody saved it
 * since `expectedVersion`. Two bodies of one förbund never share a name. Admins.
 */
export async function saveBody(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: SaveBodyInput,
): Promise<{ id: string; version: number }> {
  const { id, expectedVersion, meetingFee, ...body } = input;
  const before = id === null ? null : await lockRow(tx, 'board_bodies', tenantId, id, expectedVersion);
  const [taken] = await tx`
    select 1 from board_bodies
    where tenant_id = ${tenantId} and lower(name) = lower(${body.name}) and (${id}::uuid is null or id <> ${id}::uuid)`;
  throwIfProblems(
    'boardOrganisation.invalid',
    taken ? [{ key: 'boardOrganisation.bodyNameTaken', path: ['name'] }] : [],
  );
  const values = {
    kind: body.kind,
    name: body.name,
    description: body.description,
    quorum_rule: body.quorumRule,
    quorum_count: body.quorumCount,
    meeting_fee_ore: meetingFee,
    fee_line_code: body.feeLineCode,
  };
  const [row] =
    id === null
      ? await tx<{ id: string; version: number }[]>`
          insert into board_bodies ${tx({
            tenant_id: tenantId,
            ...values,
          })}
          returning id, version`
      : await tx<{ id: string; version: number }[]>`
          update board_bodies set ${tx(values)}, version = version + 1
          where tenant_id = ${tenantId} and id = ${id} returning id, version`;
  if (!row) throw new Error('body save returned no row');
  if (id === null)
    await tx`
      update board_bodies set position = (
        select coalesce(max(position) + 1, 0) from board_bodies where tenant_id = ${tenantId} and id <> ${row.id})
      where tenant_id = ${tenantId} and id = ${row.id}`;
  await recordAudit(tx, {
    action: id === null ? 'board.body.create' : 'board.body.update',
    entity: 'boardBody',
    entityId: row.id,
    ...(before ? { before } : {}),
    after: values,
  });
  return row;
}
