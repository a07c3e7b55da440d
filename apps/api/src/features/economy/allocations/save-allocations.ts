import { recordAudit } from '@samsyn/db';
import {
  type AllocationSaveInput,
  canAllocateLine,
  checkAllocationSplit,
  DomainError,
  parseAllocationTarget,
  ValidationFailed,
  type ValidationProblem,
} from '@samsyn/domain';
import type { TenantCtx } from '../../verb-context.ts';
import { allocationTargets, findActual, loadAllocations } from './allocation-store.ts';
import { type ActualAllocations, getActualAllocations } from './list-allocations.ts';

/**
 * Replaces the whole split of one intervention-funds actual across interventions and local groups,
 * in one transaction with its audit entry. `expectedVersion` is the split's version the editor
 * loaded (0 before the first); a stale one is CONFLICT. Refused, changing nothing: a line that is
 * not intervention funds, a target of another förbund (named on its field), a split beyond the
 * actual or of the other sign. A partial split is saved; the rest shows as "Ej fördelat".
 * Editors and admins.
 */
export async function saveAllocations(
  ctx: TenantCtx,
  input: AllocationSaveInput,
): Promise<ActualAllocations> {
  const { tx } = ctx;
  const tenantId = ctx.tenant.id;
  const actual = await findActual(tx, tenantId, input.actualId, true);
  if (!actual) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'actual' });
  if (!canAllocateLine({ kind: actual.lineKind, costKind: actual.costKind, parentId: actual.parentId }))
    throw new DomainError('INVALID', 'allocation.lineNotInterventionFunds');
  if (actual.allocationsVersion !== input.expectedVersion)
    throw new DomainError('CONFLICT', 'conflict.stale', { entity: 'allocations' });

  const known = new Set(
    (await allocationTargets(tx, tenantId)).map((target) => `${target.kind}:${target.id}`),
  );
  const problems: ValidationProblem[] = [];
  const rows = input.rows.map((row, index) => {
    const target = parseAllocationTarget(row.target);
    if (!target || !known.has(`${target.kind}:${target.id}`))
      problems.push({ key: 'allocation.unknownTarget', path: ['rows', index, 'target'] });
    return { target, amount: row.amount };
  });
  if (problems.length > 0) throw new ValidationFailed('allocation.unknownTarget', problems);
  const problem = checkAllocationSplit(actual.amount, rows);
  if (problem) throw new DomainError('INVALID', problem);

  const before = await loadAllocations(tx, tenantId, [actual.id]);
  const version = input.expectedVersion + 1;
  await tx`delete from actual_allocations where tenant_id = ${tenantId} and actual_id = ${actual.id}`;
  for (const { target, amount } of rows) {
    if (!target) continue;
    await tx`
      insert into actual_allocations (tenant_id, actual_id, intervention_id, local_group_id, amount_ore, version)
      values (${tenantId}, ${actual.id}, ${target.kind === 'intervention' ? target.id : null},
              ${target.kind === 'localGroup' ? target.id : null}, ${amount}, ${version})`;
  }
  await tx`update actuals set allocations_version = ${version} where tenant_id = ${tenantId} and id = ${actual.id}`;
  await recordAudit(tx, {
    action: 'actual.allocate',
    entity: 'actual',
    entityId: actual.id,
    before: before.map((row) => ({ target: `${row.kind}:${row.targetId}`, amount: row.amount })),
    after: input.rows.map((row) => ({ target: row.target, amount: row.amount })),
  });
  return (await getActualAllocations(ctx, { actualId: actual.id })).actual;
}
