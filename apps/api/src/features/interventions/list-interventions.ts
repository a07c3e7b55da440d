import { type BudgetUsage, budgetUsage } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { type InterventionRecord, selectInterventions } from './records/intervention-record.ts';
import { type BudgetRecord, selectBudgets } from './records/part-records.ts';

export interface InterventionListItem extends InterventionRecord {
  localGroupName: string | null;
  hasFigures: boolean;
  /** The latest period with figures (by its end), e.g. '2019-H1'. */
  latestPeriod: string | null;
  goalCount: number;
  /** The most recent year with a budget. */
  latestBudget: { year: number; totalBudget: number; spendToDate: number; usage: BudgetUsage } | null;
}

/**
 * The förbund's interventions for the register: every field, plus its local group's name, whether
 * figures exist and its latest budget. Any member may read. Filtering, search and sorting happen
 * in the browser (a förbund has tens of interventions, not thousands).
 */
export async function listInterventions(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { includeArchived: boolean },
): Promise<InterventionListItem[]> {
  const records = await selectInterventions(tx, tenantId, { includeArchived: input.includeArchived });
  const extras = await tx<
    { id: string; localGroupName: string | null; latestPeriod: string | null; goalCount: number }[]
  >`
    select i.id, lg.name as "localGroupName",
           (select f.period from participant_figures f where f.tenant_id = i.tenant_id and f.intervention_id = i.id
            order by f.period_end desc, f.period_start limit 1) as "latestPeriod",
           (select count(*)::int from intervention_goals g where g.tenant_id = i.tenant_id and g.intervention_id = i.id) as "goalCount"
    from interventions i
    left join local_groups lg on lg.tenant_id = i.tenant_id and lg.id = i.local_group_id
    where i.tenant_id = ${tenantId}`;
  const extraById = new Map(extras.map((row) => [row.id, row]));
  const latest = new Map<string, BudgetRecord>();
  for (const budget of await selectBudgets(tx, tenantId, null)) {
    const current = latest.get(budget.interventionId);
    if (!current || budget.year > current.year) latest.set(budget.interventionId, budget);
  }
  return records.map((record) => {
    const extra = extraById.get(record.id);
    const budget = latest.get(record.id);
    return {
      ...record,
      localGroupName: extra?.localGroupName ?? null,
      hasFigures: (extra?.latestPeriod ?? null) !== null,
      latestPeriod: extra?.latestPeriod ?? null,
      goalCount: extra?.goalCount ?? 0,
      latestBudget: budget
        ? {
            year: budget.year,
            totalBudget: budget.totalBudget,
            spendToDate: budget.spendToDate,
            usage: budgetUsage(budget),
          }
        : null,
    };
  });
}
