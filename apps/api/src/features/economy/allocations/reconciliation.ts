import type { TransactionSql } from '@samsyn/db';
import { type Ore, oreFromDb, type Reconciliation, reconcileInterventionFunds } from '@samsyn/domain';
import type { TenantCtx } from '../../verb-context.ts';
import { budgetInForce } from '../economy-store.ts';
import { readLocalGroupSpend } from './intervention-spend.ts';
import { listYearAllocations } from './list-allocations.ts';

export interface ReconciliationView extends Reconciliation {
  year: number;
  /** The local groups' spend in the year as the spend function gives it (books, else typed). */
  localGroupSpend: { books: Ore; typed: Ore };
}

/** The budget's intervention-funds lines for the year (null when no budget covers the year). */
async function interventionFundsBudget(
  tx: TransactionSql,
  tenantId: string,
  year: number,
): Promise<Ore | null> {
  const budget = await budgetInForce(tx, tenantId, year);
  if (!budget) return null;
  const [row] = await tx<{ amount: string }[]>`
    select coalesce(sum(b.amounts_ore[${year - budget.firstYear + 1}]), 0)::text as amount
    from budget_lines b join economy_lines l on l.tenant_id = b.tenant_id and l.id = b.line_id
    where b.tenant_id = ${tenantId} and b.budget_id = ${budget.id}
      and l.parent_line_id is null and l.cost_kind = 'interventionFunds'`;
  return oreFromDb(row?.amount ?? 0);
}

async function interventionBudgets(tx: TransactionSql, tenantId: string, year: number): Promise<Ore> {
  const [row] = await tx<{ amount: string }[]>`
    select coalesce(sum(total_budget_ore), 0)::text as amount from intervention_budgets
    where tenant_id = ${tenantId} and year = ${year}`;
  return oreFromDb(row?.amount ?? 0);
}

/**
 * The "Avstämning" of a year's intervention funds: each intervention-funds actual against what is
 * allocated to interventions and to local groups, and the budgeted funds against the sum of the
 * interventions' budgets; every difference in öre (the web links each to where it is fixed).
 * Any member of the förbund.
 */
export async function reconciliation(
  ctx: TenantCtx,
  { year }: { year: number },
): Promise<ReconciliationView> {
  const { tx } = ctx;
  const tenantId = ctx.tenant.id;
  const [{ actuals }, fundsBudget, budgets, groupSpend] = await Promise.all([
    listYearAllocations(ctx, { year }),
    interventionFundsBudget(tx, tenantId, year),
    interventionBudgets(tx, tenantId, year),
    readLocalGroupSpend(tx, { from: `${year}-01-01`, to: `${year}-12-31` }),
  ]);
  const sumOf = (rows: { amount: Ore }[]) => rows.reduce((total, row) => total + row.amount, 0) as Ore;
  const result = reconcileInterventionFunds({
    actuals: actuals.map((actual) => ({
      actualId: actual.id,
      period: actual.period,
      lineName: actual.lineName,
      amount: actual.amount,
      toInterventions: sumOf(actual.rows.filter((row) => row.kind === 'intervention')),
      toLocalGroups: sumOf(actual.rows.filter((row) => row.kind === 'localGroup')),
    })),
    interventionFundsBudget: fundsBudget,
    interventionBudgets: budgets,
  });
  const spends = [...groupSpend.values()];
  return {
    ...result,
    year,
    localGroupSpend: {
      books: sumOf(spends.filter((s) => s.source === 'books').map((s) => ({ amount: s.spendOre }))),
      typed: sumOf(spends.filter((s) => s.source === 'typed').map((s) => ({ amount: s.spendOre }))),
    },
  };
}
