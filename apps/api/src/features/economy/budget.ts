import { isUniqueViolation, recordAudit, type TransactionSql } from '@samsyn/db';
import {
  type Budget,
  type BudgetLine,
  type BudgetYearTotals,
  type CostKind,
  computeBudget,
  DomainError,
  startNextBudgetYear,
} from '@samsyn/domain';
import { staleOrMissing } from '../concurrency.ts';
import type { TenantCtx } from '../verb-context.ts';
import {
  type BudgetHead,
  budgetInForce,
  budgetStartingIn,
  ensureFiscalYear,
  loadBudgetLines,
  loadChart,
  type StoredBudgetLine,
} from './economy-store.ts';

export interface BudgetView {
  year: number;
  /** The budget in force for the year; null when the förbund has none. */
  budget: (Omit<BudgetHead, 'yearCount'> & { years: number[]; lines: StoredBudgetLine[] }) | null;
  /** True when the year's figures are plan figures of a budget that starts in an earlier year. */
  isPlanYear: boolean;
  /** Totals, result and use of equity for every year of the budget. */
  totals: BudgetYearTotals[];
  /** The förbund's chart of lines (top level), for the editor to offer. */
  chart: { code: string; name: string; kind: string; costKind: CostKind | null; group: string | null }[];
}

const yearsOf = (head: { firstYear: number; yearCount: number }) =>
  Array.from({ length: head.yearCount }, (_, index) => head.firstYear + index);

const toDomainBudget = (years: number[], lines: StoredBudgetLine[]): Budget => ({
  years,
  lines: lines.map(({ lineId: _lineId, parentLineId: _parent, ...line }) => line),
});

/** The budget in force for a year with its totals. Any member of the förbund. */
export async function getBudget(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  { year }: { year: number },
): Promise<BudgetView> {
  const [head, chart] = await Promise.all([budgetInForce(tx, tenantId, year), loadChart(tx, tenantId)]);
  const chartView = chart
    .filter((line) => line.parentId === null)
    .map((line) => ({
      code: line.code,
      name: line.name,
      kind: line.kind,
      costKind: line.costKind,
      group: line.group,
    }));
  if (!head) return { year, budget: null, isPlanYear: false, totals: [], chart: chartView };
  const lines = await loadBudgetLines(tx, tenantId, head.id);
  const years = yearsOf(head);
  return {
    year,
    budget: { id: head.id, firstYear: head.firstYear, version: head.version, years, lines },
    isPlanYear: head.firstYear !== year,
    totals: computeBudget(toDomainBudget(years, lines)),
    chart: chartView,
  };
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const amountsLiteral = (amounts: readonly (number | null)[]) =>
  `{${amounts.map((amount) => (amount === null ? 'NULL' : String(amount))).join(',')}}`;

/**
 * Saves a budget (one year, or a budget year with plan years) as entered: its lines join the
 * förbund's chart by code (a new code adds a line, a known code takes the new name, kind and
 * group), and the budget's amounts are replaced. `expectedVersion: null` creates the budget of its first
 * year (refused if one exists); otherwise the version must be the one the editor loaded.
 * Editors and admins; audited with before and after.
 */
export async function saveBudget(
  ctx: TenantCtx,
  input: { budget: Budget; expectedVersion: number | null },
  action = 'budget.save',
): Promise<BudgetView> {
  const { tx } = ctx;
  const tenantId = ctx.tenant.id;
  const { budget } = input;
  const firstYear = budget.years[0];
  if (firstYear === undefined) throw new DomainError('INVALID', 'budget.noYears');
  const memberIds = [...new Set(budget.lines.flatMap((line) => (line.memberId ? [line.memberId] : [])))];
  if (memberIds.some((id) => !uuidPattern.test(id))) throw new DomainError('INVALID', 'budget.unknownMember');
  if (memberIds.length > 0) {
    const found = await tx<{ id: string }[]>`
      select id from members where tenant_id = ${tenantId} and id = any(${memberIds}::uuid[])`;
    if (found.length !== memberIds.length) throw new DomainError('INVALID', 'budget.unknownMember');
  }

  const existing = await budgetStartingIn(tx, tenantId, firstYear);
  if (input.expectedVersion === null && existing)
    throw new DomainError('CONFLICT', 'budget.exists', { year: firstYear });
  if (input.expectedVersion !== null && !existing) staleOrMissing('budget', false);
  const before = existing
    ? toDomainBudget(yearsOf(existing), await loadBudgetLines(tx, tenantId, existing.id))
    : null;

  const fiscalYearId = await ensureFiscalYear(tx, tenantId, firstYear);
  let budgetId: string;
  if (existing) {
    const updated = await tx<{ id: string }[]>`
      update budgets set year_count = ${budget.years.length}, version = version + 1
      where tenant_id = ${tenantId} and id = ${existing.id} and version = ${input.expectedVersion}
      returning id`;
    if (updated.length === 0) staleOrMissing('budget', true);
    budgetId = existing.id;
    await tx`delete from budget_lines where tenant_id = ${tenantId} and budget_id = ${budgetId}`;
  } else {
    try {
      const [row] = await tx.savepoint(
        (sp) => sp<{ id: string }[]>`
          insert into budgets (tenant_id, fiscal_year_id, first_year, year_count)
          values (${tenantId}, ${fiscalYearId}, ${firstYear}, ${budget.years.length})
          returning id`,
      );
      if (!row) throw new Error('budget insert returned no row');
      budgetId = row.id;
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError('CONFLICT', 'budget.exists', { year: firstYear });
      throw error;
    }
  }

  let position = 0;
  for (const line of budget.lines) {
    position += 10;
    const lineId = await upsertChartLine(tx, tenantId, line, position);
    await tx`
      insert into budget_lines (tenant_id, budget_id, line_id, name, position, amounts_ore)
      values (${tenantId}, ${budgetId}, ${lineId}, ${line.name}, ${position}, ${amountsLiteral(line.amounts)}::bigint[])`;
    for (const sub of line.ofWhich ?? []) {
      position += 1;
      const [subRow] = await tx<{ id: string }[]>`
        insert into economy_lines (tenant_id, code, name, kind, parent_line_id, position)
        values (${tenantId}, ${sub.code}, ${sub.name}, ${line.kind}, ${lineId}, ${position})
        on conflict (tenant_id, parent_line_id, code) where parent_line_id is not null
        do update set name = excluded.name, kind = excluded.kind, position = excluded.position
        returning id`;
      if (!subRow) throw new Error('sub-line upsert returned no row');
      await tx`
        insert into budget_lines (tenant_id, budget_id, line_id, name, position, amounts_ore)
        values (${tenantId}, ${budgetId}, ${subRow.id}, ${sub.name}, ${position}, ${amountsLiteral(sub.amounts)}::bigint[])`;
    }
  }

  await recordAudit(tx, {
    action,
    entity: 'budget',
    entityId: budgetId,
    before,
    after: budget,
  });
  return getBudget(ctx, { year: firstYear });
}

async function upsertChartLine(
  tx: TransactionSql,
  tenantId: string,
  line: BudgetLine,
  position: number,
): Promise<string> {
  const [row] = await tx<{ id: string }[]>`
    insert into economy_lines (tenant_id, code, name, kind, cost_kind, funder_group, member_id, line_group, position)
    values (${tenantId}, ${line.code}, ${line.name}, ${line.kind}, ${line.costKind ?? null}, ${line.funderGroup ?? null},
            ${line.memberId ?? null}, ${line.group ?? null}, ${position})
    on conflict (tenant_id, code) where parent_line_id is null
    do update set name = excluded.name, kind = excluded.kind, cost_kind = excluded.cost_kind,
                  funder_group = excluded.funder_group,
                  member_id = excluded.member_id, line_group = excluded.line_group, position = excluded.position
    returning id`;
  if (!row) throw new Error('chart line upsert returned no row');
  return row.id;
}

/**
 * Starts a year's budget as a copy of another year's: the same lines with that year's amounts,
 * "varav" figures left blank (see `startNextBudgetYear`). Refused when the target year already
 * has a budget of its own. Editors and admins; audited.
 */
export async function copyBudgetFromYear(
  ctx: TenantCtx,
  input: { fromYear: number; toYear: number },
): Promise<BudgetView> {
  const { tx } = ctx;
  const tenantId = ctx.tenant.id;
  const source = await budgetInForce(tx, tenantId, input.fromYear);
  if (!source) throw new DomainError('NOT_FOUND', 'budget.noSource', { year: input.fromYear });
  const lines = await loadBudgetLines(tx, tenantId, source.id);
  const years = yearsOf(source);
  // Only the source year: the copy takes that year's amounts, as if it were the last year.
  const index = years.indexOf(input.fromYear);
  const oneYear: Budget = {
    years: [input.fromYear],
    lines: toDomainBudget(years, lines).lines.map((line) => ({
      ...line,
      amounts: [line.amounts[index] ?? (0 as never)],
      ...(line.ofWhich
        ? { ofWhich: line.ofWhich.map((sub) => ({ ...sub, amounts: [sub.amounts[index] ?? null] })) }
        : {}),
    })),
  };
  const copy = startNextBudgetYear(oneYear);
  copy.years = [input.toYear];
  return saveBudget(ctx, { budget: copy, expectedVersion: null }, 'budget.copy');
}
