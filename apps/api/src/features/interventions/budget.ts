import { recordAudit, type TransactionSql } from '@samsyn/db';
import { type BudgetUsage, budgetUsage, type InterventionBudget } from '@samsyn/domain';
import { staleOrMissing } from '../concurrency.ts';
import type { TenantCtx } from '../verb-context.ts';
import { assertNotArchived, lockIntervention } from './records/intervention-record.ts';
import { type BudgetRecord, selectBudgets } from './records/part-records.ts';

const findYear = async (tx: TransactionSql, tenantId: string, interventionId: string, year: number) =>
  (await selectBudgets(tx, tenantId, [interventionId])).find((budget) => budget.year === year);

/**
 * Sets an intervention's budget, spend to date (öre) and planned participants for a year. Spend
 * is entered here: the economy's actuals are kept per operating-statement line, not per
 * intervention. `expectedVersion` null creates the year (CONFLICT if it exists). Editors.
 */
export async function saveBudget(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: InterventionBudget & { interventionId: string; expectedVersion: number | null },
): Promise<BudgetRecord & { usage: BudgetUsage }> {
  assertNotArchived(await lockIntervention(tx, tenantId, input.interventionId));
  const before = await findYear(tx, tenantId, input.interventionId, input.year);
  const planned = input.plannedParticipants;
  if (input.expectedVersion === null) {
    if (before) staleOrMissing('budget', true);
    await tx`
      insert into intervention_budgets (tenant_id, intervention_id, year, total_budget_ore, spend_ore, planned_total,
        planned_women, planned_men, planned_other_unknown)
      values (${tenantId}, ${input.interventionId}, ${input.year}, ${input.totalBudget}, ${input.spendToDate},
        ${planned?.total ?? null}, ${planned?.women ?? null}, ${planned?.men ?? null}, ${planned?.otherUnknown ?? null})`;
  } else {
    const updated = await tx`
      update intervention_budgets set total_budget_ore = ${input.totalBudget}, spend_ore = ${input.spendToDate},
        planned_total = ${planned?.total ?? null}, planned_women = ${planned?.women ?? null},
        planned_men = ${planned?.men ?? null}, planned_other_unknown = ${planned?.otherUnknown ?? null},
        is_demo_estimate = false, estimated_fields = '{}', version = version + 1
      where tenant_id = ${tenantId} and intervention_id = ${input.interventionId} and year = ${input.year}
        and version = ${input.expectedVersion}
      returning 1`;
    if (updated.length === 0) staleOrMissing('budget', before !== undefined);
  }
  const after = await findYear(tx, tenantId, input.interventionId, input.year);
  if (!after) throw new Error('saved budget not found');
  await recordAudit(tx, {
    action: 'budget.save',
    entity: 'intervention',
    entityId: input.interventionId,
    before: before && { year: before.year, totalBudget: before.totalBudget, spendToDate: before.spendToDate },
    after: {
      year: after.year,
      totalBudget: after.totalBudget,
      spendToDate: after.spendToDate,
      plannedParticipants: planned,
    },
  });
  return { ...after, usage: budgetUsage(after) };
}

/** Removes a year's budget entered by mistake (the UI confirms). Editors; optimistic concurrency. */
export async function deleteBudget(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { interventionId: string; year: number; expectedVersion: number },
): Promise<{ year: number }> {
  assertNotArchived(await lockIntervention(tx, tenantId, input.interventionId));
  const before = await findYear(tx, tenantId, input.interventionId, input.year);
  const deleted = await tx`
    delete from intervention_budgets
    where tenant_id = ${tenantId} and intervention_id = ${input.interventionId} and year = ${input.year}
      and version = ${input.expectedVersion}
    returning 1`;
  if (deleted.length === 0) staleOrMissing('budget', before !== undefined);
  await recordAudit(tx, {
    action: 'budget.delete',
    entity: 'intervention',
    entityId: input.interventionId,
    before: before && { year: before.year, totalBudget: before.totalBudget, spendToDate: before.spendToDate },
  });
  return { year: input.year };
}
