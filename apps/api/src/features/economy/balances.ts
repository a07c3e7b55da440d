import { recordAudit } from '@samsyn/db';
import {
  type BalanceLine,
  type BalanceSaveInput,
  type BalanceSection,
  DomainError,
  type IncomeStatementFigures,
  oreFromDb,
  type ResultFiguresSaveInput,
} from '@samsyn/domain';
import { staleOrMissing } from '../concurrency.ts';
import type { TenantCtx } from '../verb-context.ts';
import { ensureFiscalYear } from './economy-store.ts';

export interface BalancesView {
  date: string;
  lines: BalanceLine[];
  version: number;
}

/** The dates balances are entered for, newest first. Any member of the förbund. */
export async function listBalanceDates({
  tx,
  tenant: { id: tenantId },
}: TenantCtx): Promise<{ dates: string[] }> {
  const rows = await tx<{ date: string }[]>`
    select to_char(balance_date, 'YYYY-MM-DD') as date from balance_sheets
    where tenant_id = ${tenantId} order by balance_date desc`;
  return { dates: rows.map((row) => row.date) };
}

/** The balances entered for a date, or null. Any member of the förbund. */
export async function getBalances(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  { date }: { date: string },
): Promise<BalancesView | null> {
  const [sheet] = await tx<{ id: string; version: number }[]>`
    select id, version from balance_sheets where tenant_id = ${tenantId} and balance_date = ${date}`;
  if (!sheet) return null;
  const lines = await tx<
    { code: string; name: string; section: BalanceSection; amount: string; note: number | null }[]
  >`
    select code, name, section, amount_ore::text as amount, note from balance_lines
    where tenant_id = ${tenantId} and balance_sheet_id = ${sheet.id} order by position`;
  return {
    date,
    version: sheet.version,
    lines: lines.map((line) => ({
      code: line.code,
      name: line.name,
      section: line.section,
      amount: oreFromDb(line.amount),
      ...(line.note === null ? {} : { note: line.note }),
    })),
  };
}

/**
 * Saves the balances for a date as a whole (the lines replace those entered before). `expectedVersion:
 * null` creates them; otherwise optimistic concurrency. A sheet that does not balance is saved
 * anyway: the balance sheet report says where it does not. Editors and admins; audited.
 */
export async function saveBalances(ctx: TenantCtx, input: BalanceSaveInput): Promise<BalancesView> {
  const { tx } = ctx;
  const tenantId = ctx.tenant.id;
  const codes = new Set(input.lines.map((line) => line.code));
  if (codes.size !== input.lines.length) throw new DomainError('INVALID', 'budget.duplicateCode');
  const before = await getBalances(ctx, input);
  if (input.expectedVersion === null && before)
    throw new DomainError('CONFLICT', 'conflict.stale', { entity: 'balances' });
  if (input.expectedVersion !== null && !before) staleOrMissing('balances', false);
  const year = Number(input.date.slice(0, 4));
  let sheetId: string;
  if (before) {
    const [row] = await tx<{ id: string }[]>`
      update balance_sheets set version = version + 1
      where tenant_id = ${tenantId} and balance_date = ${input.date} and version = ${input.expectedVersion}
      returning id`;
    if (!row) staleOrMissing('balances', true);
    sheetId = row.id;
    await tx`delete from balance_lines where tenant_id = ${tenantId} and balance_sheet_id = ${sheetId}`;
  } else {
    const fiscalYearId = await ensureFiscalYear(tx, tenantId, year);
    const [row] = await tx<{ id: string }[]>`
      insert into balance_sheets (tenant_id, fiscal_year_id, year, balance_date)
      values (${tenantId}, ${fiscalYearId}, ${year}, ${input.date}) returning id`;
    if (!row) throw new Error('balance sheet insert returned no row');
    sheetId = row.id;
  }
  let position = 0;
  for (const line of input.lines) {
    position += 10;
    await tx`
      insert into balance_lines (tenant_id, balance_sheet_id, code, name, section, amount_ore, note, position)
      values (${tenantId}, ${sheetId}, ${line.code}, ${line.name}, ${line.section}, ${line.amount}, ${line.note}, ${position})`;
  }
  await recordAudit(tx, {
    action: 'balances.save',
    entity: 'balanceSheet',
    entityId: sheetId,
    before: before?.lines ?? null,
    after: input.lines,
  });
  const after = await getBalances(ctx, input);
  if (!after) throw new Error('saved balances not found');
  return after;
}

export interface ResultFiguresView {
  year: number;
  throughMonth: number;
  figures: IncomeStatementFigures;
  version: number;
}

/** The income statement's figures as booked for a period, or null. Any member of the förbund. */
export async function getResultFigures(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { year: number; throughMonth: number },
): Promise<ResultFiguresView | null> {
  const [row] = await tx<
    {
      revenue: string;
      costs: string;
      depreciation: string;
      financialIncome: string;
      financialCosts: string;
      extraordinaryItems: string;
      version: number;
    }[]
  >`
    select revenue_ore::text as revenue, costs_ore::text as costs, depreciation_ore::text as depreciation,
           financial_income_ore::text as "financialIncome", financial_costs_ore::text as "financialCosts",
           extraordinary_ore::text as "extraordinaryItems", version
    from result_figures where tenant_id = ${tenantId} and year = ${input.year} and through_month = ${input.throughMonth}`;
  if (!row) return null;
  return {
    year: input.year,
    throughMonth: input.throughMonth,
    version: row.version,
    figures: {
      revenue: oreFromDb(row.revenue),
      costs: oreFromDb(row.costs),
      depreciation: oreFromDb(row.depreciation),
      financialIncome: oreFromDb(row.financialIncome),
      financialCosts: oreFromDb(row.financialCosts),
      extraordinaryItems: oreFromDb(row.extraordinaryItems),
    },
  };
}

/**
 * Saves the income statement's figures as the ledger gives them for the year through a month.
 * Optimistic concurrency (`expectedVersion: null` creates). Editors and admins; audited.
 */
export async function saveResultFigures(
  ctx: TenantCtx,
  input: ResultFiguresSaveInput,
): Promise<ResultFiguresView> {
  const { tx } = ctx;
  const tenantId = ctx.tenant.id;
  const before = await getResultFigures(ctx, input);
  if (input.expectedVersion === null && before)
    throw new DomainError('CONFLICT', 'conflict.stale', { entity: 'resultFigures' });
  if (input.expectedVersion !== null && !before) staleOrMissing('resultFigures', false);
  if (before) {
    const updated = await tx`
      update result_figures set revenue_ore = ${input.revenue}, costs_ore = ${input.costs},
        depreciation_ore = ${input.depreciation}, financial_income_ore = ${input.financialIncome},
        financial_costs_ore = ${input.financialCosts}, extraordinary_ore = ${input.extraordinaryItems},
        version = version + 1
      where tenant_id = ${tenantId} and year = ${input.year} and through_month = ${input.throughMonth}
        and version = ${input.expectedVersion}
      returning 1`;
    if (updated.length === 0) staleOrMissing('resultFigures', true);
  } else {
    const fiscalYearId = await ensureFiscalYear(tx, tenantId, input.year);
    await tx`
      insert into result_figures (tenant_id, fiscal_year_id, year, through_month, revenue_ore, costs_ore,
        depreciation_ore, financial_income_ore, financial_costs_ore, extraordinary_ore)
      values (${tenantId}, ${fiscalYearId}, ${input.year}, ${input.throughMonth}, ${input.revenue}, ${input.costs},
        ${input.depreciation}, ${input.financialIncome}, ${input.financialCosts}, ${input.extraordinaryItems})`;
  }
  const after = await getResultFigures(ctx, input);
  if (!after) throw new Error('saved result figures not found');
  await recordAudit(tx, {
    action: 'resultFigures.save',
    entity: 'resultFigures',
    entityId: `${input.year}-${input.throughMonth}`,
    before: before?.figures ?? null,
    after: after.figures,
  });
  return after;
}
