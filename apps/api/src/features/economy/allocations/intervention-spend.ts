import type { TransactionSql } from '@samsyn/db';
import { type Ore, oreFromDb } from '@samsyn/domain';

/** Where a spend figure comes from: the books (allocations of actuals) or typed by hand. */
export type SpendSource = 'books' | 'typed';

export interface Spend {
  spendOre: Ore;
  /** 'typed' is shown as "inmatat, ej från bokföringen". */
  source: SpendSource;
}

/** A date range, both ends inclusive, as 'YYYY-MM-DD'. */
export interface SpendRange {
  from: string;
  to: string;
}

/*
 * An actual's period as dates: a month, a half-year (1 = Jan–Jun) or the year. An actual counts in
 * a range when its whole period lies inside it, so a half-year actual never counts in one month.
 */
const actualStart = (tx: TransactionSql) => tx`
  make_date(a.year, case a.period_kind when 'month' then a.period_number
                                       when 'half' then (a.period_number - 1) * 6 + 1 else 1 end, 1)`;
const actualEnd = (tx: TransactionSql) => tx`
  (make_date(a.year, case a.period_kind when 'month' then a.period_number
                                        when 'half' then (a.period_number - 1) * 6 + 1 else 1 end, 1)
   + case a.period_kind when 'month' then interval '1 month' when 'half' then interval '6 months'
                        else interval '1 year' end - interval '1 day')::date`;

const yearOf = (date: string) => Number(date.slice(0, 4));

/**
 * Spend per intervention in [from, to]: the sum of the allocations of actuals whose period lies in
 * the range ('books'); for an intervention without any allocation there, its typed
 * `intervention_budgets.spend_ore` of the range's years ('typed'). Interventions with neither are
 * absent. Reads the förbund of the transaction (row-level security and `current_tenant_id()`).
 */
export async function readInterventionSpend(
  tx: TransactionSql,
  range: SpendRange,
): Promise<Map<string, Spend>> {
  return readSpend(tx, range, 'intervention');
}

/** As `readInterventionSpend`, per local group; the typed fallback is `local_group_years.spend_ore`. */
export async function readLocalGroupSpend(
  tx: TransactionSql,
  range: SpendRange,
): Promise<Map<string, Spend>> {
  return readSpend(tx, range, 'localGroup');
}

async function readSpend(
  tx: TransactionSql,
  { from, to }: SpendRange,
  target: 'intervention' | 'localGroup',
): Promise<Map<string, Spend>> {
  const column = target === 'intervention' ? tx`al.intervention_id` : tx`al.local_group_id`;
  const booked = await tx<{ id: string; spend: string }[]>`
    select ${column} as id, sum(al.amount_ore)::text as spend
    from actual_allocations al
    join actuals a on a.tenant_id = al.tenant_id and a.id = al.actual_id
    where al.tenant_id = current_tenant_id() and ${column} is not null
      and ${actualStart(tx)} >= ${from}::date and ${actualEnd(tx)} <= ${to}::date
    group by 1`;
  const typed =
    target === 'intervention'
      ? await tx<{ id: string; spend: string }[]>`
          select intervention_id as id, sum(spend_ore)::text as spend from intervention_budgets
          where tenant_id = current_tenant_id() and year between ${yearOf(from)} and ${yearOf(to)}
          group by 1`
      : await tx<{ id: string; spend: string }[]>`
          select local_group_id as id, sum(spend_ore)::text as spend from local_group_years
          where tenant_id = current_tenant_id() and year between ${yearOf(from)} and ${yearOf(to)}
          group by 1`;
  const result = new Map<string, Spend>();
  for (const row of typed) result.set(row.id, { spendOre: oreFromDb(row.spend), source: 'typed' });
  for (const row of booked) result.set(row.id, { spendOre: oreFromDb(row.spend), source: 'books' });
  return result;
}
