import type { TransactionSql } from '@samsyn/db';
import {
  type ActualsPeriod,
  type BudgetLine,
  type BudgetLineKind,
  type CostKind,
  type FunderGroup,
  fromStoredPeriod,
  memberKinds,
  type Ore,
  oreFromDb,
  type StoredPeriod,
} from '@samsyn/domain';

/**
 * Queries the economy verbs share. Every one filters by tenant_id (row-level security is the
 * second lock) and turns bigint öre from the database into `Ore` once, here.
 */

export const isForeignKeyViolation = (error: unknown) => (error as { code?: string }).code === '23503';

/** The fiscal year's id, creating the year on first use (a year exists once anything is kept for it). */
export async function ensureFiscalYear(tx: TransactionSql, tenantId: string, year: number): Promise<string> {
  const [created] = await tx<{ id: string }[]>`
    insert into fiscal_years (tenant_id, year) values (${tenantId}, ${year})
    on conflict (tenant_id, year) do nothing
    returning id`;
  if (created) return created.id;
  const [found] = await tx<{ id: string }[]>`
    select id from fiscal_years where tenant_id = ${tenantId} and year = ${year}`;
  if (!found) throw new Error('fiscal year neither created nor found');
  return found.id;
}

export interface ChartLine {
  id: string;
  code: string;
  name: string;
  kind: BudgetLineKind;
  /** Top-level cost lines only (see 0015_line_kinds.sql). */
  costKind: CostKind | null;
  funderGroup: FunderGroup | null;
  memberId: string | null;
  group: string | null;
  parentId: string | null;
  position: number;
}

/** The förbund's whole chart of lines, in its order. */
export async function loadChart(tx: TransactionSql, tenantId: string): Promise<ChartLine[]> {
  const rows = await tx<ChartLine[]>`
    select l.id, l.code, l.name, l.kind, l.cost_kind as "costKind", l.funder_group as "funderGroup",
           l.member_id as "memberId",
           l.line_group as "group", l.parent_line_id as "parentId", l.position
    from economy_lines l
    where l.tenant_id = ${tenantId}
    order by l.position, l.code`;
  return [...rows];
}

export interface BudgetHead {
  id: string;
  firstYear: number;
  yearCount: number;
  version: number;
}

/** The budget in force for a year: the one starting that year, else the latest plan covering it. */
export async function budgetInForce(
  tx: TransactionSql,
  tenantId: string,
  year: number,
): Promise<BudgetHead | null> {
  return budgetWhere(tx, tenantId, tx`first_year <= ${year} and first_year + year_count > ${year}`);
}

export async function budgetStartingIn(
  tx: TransactionSql,
  tenantId: string,
  year: number,
): Promise<BudgetHead | null> {
  return budgetWhere(tx, tenantId, tx`first_year = ${year}`);
}

/** The latest-starting budget of the förbund that meets `condition` (a fragment on `budgets`). */
async function budgetWhere(
  tx: TransactionSql,
  tenantId: string,
  condition: ReturnType<TransactionSql>,
): Promise<BudgetHead | null> {
  const [row] = await tx<BudgetHead[]>`
    select id, first_year as "firstYear", year_count as "yearCount", version from budgets
    where tenant_id = ${tenantId} and ${condition}
    order by first_year desc limit 1`;
  return row ?? null;
}

export interface StoredBudgetLine extends BudgetLine {
  lineId: string;
  parentLineId: string | null;
}

/** A budget's lines in the domain's shape (sub-lines under `ofWhich`), with the chart ids kept. */
export async function loadBudgetLines(
  tx: TransactionSql,
  tenantId: string,
  budgetId: string,
): Promise<StoredBudgetLine[]> {
  const rows = await tx<
    (Pick<ChartLine, 'code' | 'name' | 'kind' | 'costKind' | 'funderGroup' | 'memberId' | 'group'> & {
      lineId: string;
      parentLineId: string | null;
      amounts: (number | null)[];
    })[]
  >`
    select b.line_id as "lineId", l.parent_line_id as "parentLineId", l.code, b.name, l.kind,
           l.cost_kind as "costKind", l.funder_group as "funderGroup", l.member_id as "memberId", l.line_group as "group",
           to_json(b.amounts_ore) as amounts
    from budget_lines b join economy_lines l on l.tenant_id = b.tenant_id and l.id = b.line_id
    where b.tenant_id = ${tenantId} and b.budget_id = ${budgetId}
    order by b.position`;
  const top: StoredBudgetLine[] = [];
  for (const row of rows) {
    if (row.parentLineId !== null) continue;
    top.push({
      lineId: row.lineId,
      parentLineId: null,
      code: row.code,
      name: row.name,
      kind: row.kind,
      ...(row.costKind ? { costKind: row.costKind } : {}),
      ...(row.funderGroup ? { funderGroup: row.funderGroup } : {}),
      ...(row.memberId ? { memberId: row.memberId } : {}),
      ...(row.group ? { group: row.group } : {}),
      amounts: row.amounts.map((amount) => oreFromDb(amount ?? 0)),
    });
  }
  for (const row of rows) {
    if (row.parentLineId === null) continue;
    const parent = top.find((line) => line.lineId === row.parentLineId);
    if (!parent) continue;
    parent.ofWhich = [
      ...(parent.ofWhich ?? []),
      {
        code: row.code,
        name: row.name,
        amounts: row.amounts.map((amount) => (amount === null ? null : oreFromDb(amount))),
      },
    ];
  }
  return top;
}

export interface StoredActual extends StoredPeriod {
  id: string;
  lineId: string;
  lineCode: string;
  lineName: string;
  lineKind: BudgetLineKind;
  amount: Ore;
  note: string | null;
  version: number;
  period: ActualsPeriod;
}

/** A year's actuals, every line and period. */
export async function loadActuals(
  tx: TransactionSql,
  tenantId: string,
  year: number,
): Promise<StoredActual[]> {
  const rows = await tx<
    (Omit<StoredActual, 'amount' | 'period' | 'periodKind'> & {
      amount: string;
      periodKind: StoredPeriod['periodKind'];
    })[]
  >`
    select a.id, a.year, a.period_kind as "periodKind", a.period_number as "periodNumber",
           a.line_id as "lineId", l.code as "lineCode", l.name as "lineName", l.kind as "lineKind",
           a.amount_ore::text as amount, a.note, a.version
    from actuals a join economy_lines l on l.tenant_id = a.tenant_id and l.id = a.line_id
    where a.tenant_id = ${tenantId} and a.year = ${year}
    order by l.position, l.code, a.period_kind, a.period_number`;
  return rows.map((row) => ({
    ...row,
    amount: oreFromDb(row.amount),
    period: fromStoredPeriod(row),
  }));
}

/** The förbund's equity goal: at most this percentage of budgeted revenue (a setting). */
export async function equityGoalPercent(tx: TransactionSql, tenantId: string): Promise<string> {
  const [row] = await tx<{ percent: string }[]>`
    select equity_goal_percent::text as percent from tenant_settings where tenant_id = ${tenantId}`;
  return row?.percent ?? '20';
}

export interface MemberRow {
  id: string;
  kind: 'fk' | 'af' | 'region' | 'municipality';
  name: string;
  leftOn: string | null;
}

export async function loadMembers(tx: TransactionSql, tenantId: string): Promise<MemberRow[]> {
  const rows = await tx<MemberRow[]>`
    select id, kind, name, to_char(left_on, 'YYYY-MM-DD') as "leftOn" from members
    where tenant_id = ${tenantId}
    order by array_position(${memberKinds}::text[], kind), name`;
  return [...rows];
}
