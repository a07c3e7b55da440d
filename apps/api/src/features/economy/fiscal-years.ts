import type { TenantCtx } from '../verb-context.ts';

export interface FiscalYearSummary {
  year: number;
  /** First year of the budget that starts this year, if any. */
  hasBudget: boolean;
  /** Covered by a multi-year plan of an earlier budget. */
  hasPlan: boolean;
  actuals: number;
  /** The last month with an actual ended (6 after a half-year), for the reports' default period. */
  lastActualMonth: number | null;
  contributionPeriods: string[];
  balanceDates: string[];
}

/**
 * The years the förbund keeps anything for — budgets, plan years, actuals, contributions,
 * balances — newest first, so pages can offer them. Any member of the förbund.
 */
export async function listFiscalYears({
  tx,
  tenant: { id: tenantId },
}: TenantCtx): Promise<{ years: FiscalYearSummary[] }> {
  const rows = await tx<FiscalYearSummary[]>`
    with years as (
      select year from fiscal_years where tenant_id = ${tenantId}
      union
      select generate_series(first_year, first_year + year_count - 1)::smallint from budgets where tenant_id = ${tenantId}
    )
    select y.year::int as year,
      exists (select 1 from budgets b where b.tenant_id = ${tenantId} and b.first_year = y.year) as "hasBudget",
      exists (select 1 from budgets b where b.tenant_id = ${tenantId} and b.first_year < y.year
              and b.first_year + b.year_count > y.year) as "hasPlan",
      (select count(*)::int from actuals a where a.tenant_id = ${tenantId} and a.year = y.year) as actuals,
      (select max(case a.period_kind when 'month' then a.period_number when 'half' then a.period_number * 6 else 12 end)::int
         from actuals a where a.tenant_id = ${tenantId} and a.year = y.year) as "lastActualMonth",
      array(select c.period from contribution_plans c where c.tenant_id = ${tenantId} and c.year = y.year order by c.period desc)
        as "contributionPeriods",
      array(select to_char(s.balance_date, 'YYYY-MM-DD') from balance_sheets s
            where s.tenant_id = ${tenantId} and s.year = y.year order by s.balance_date desc) as "balanceDates"
    from years y
    order by y.year desc`;
  return { years: [...rows] };
}
