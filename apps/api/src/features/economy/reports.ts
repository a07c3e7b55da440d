import { recordAudit, type TransactionSql } from '@samsyn/db';
import {
  type BalanceSheet,
  type BudgetLineKind,
  balanceSheet,
  DomainError,
  equityGoal,
  equityMovementDifference,
  type ForecastSaveInput,
  forecast,
  type IncomeStatementFigures,
  type IncomeStatementRow,
  incomeStatement,
  isWithinToDate,
  lastDayOfMonth,
  type Ore,
  operatingStatement,
  oreFromDb,
  percent,
  type Ratio,
  roundPercent,
  subtractOre,
  sumOre,
} from '@samsyn/domain';
import { staleOrMissing } from '../concurrency.ts';
import { getBalances, getResultFigures } from './balances.ts';
import {
  budgetInForce,
  type ChartLine,
  ensureFiscalYear,
  equityGoalPercent,
  loadActuals,
  loadBudgetLines,
  loadChart,
  type StoredActual,
} from './economy-store.ts';

/**
 * The economy's reports, computed from what the förbund has entered, with the domain's functions.
 * Ratios leave as rounded percentages (JSON has no bigint); every amount is exact öre.
 */

const operatingKinds: readonly BudgetLineKind[] = ['contribution', 'otherIncome', 'cost'];
const revenueKinds: readonly BudgetLineKind[] = ['contribution', 'otherIncome', 'financialIncome'];
const sideOf = (kind: BudgetLineKind): 'revenue' | 'cost' =>
  revenueKinds.includes(kind) ? 'revenue' : 'cost';
const percentOrNull = (share: Ratio | null) => (share === null ? null : roundPercent(share, 1));

interface YearLine {
  code: string;
  name: string;
  kind: BudgetLineKind;
  group: string | null;
  /** The year's budget; 0 for a line with actuals but no budget. */
  budget: Ore;
  actualToDate: Ore;
  hasBudget: boolean;
}

/** Budget lines in force for the year plus any chart line with actuals, with actuals to date. */
async function yearLines(tx: TransactionSql, tenantId: string, year: number, throughMonth: number) {
  const [head, chart, actuals] = await Promise.all([
    budgetInForce(tx, tenantId, year),
    loadChart(tx, tenantId),
    loadActuals(tx, tenantId, year),
  ]);
  const budgetLines = head ? await loadBudgetLines(tx, tenantId, head.id) : [];
  const index = head ? year - head.firstYear : 0;
  const toDate = actuals.filter((row) => isWithinToDate(row.period, throughMonth));
  const sumFor = (lineId: string) =>
    sumOre(toDate.filter((row) => row.lineId === lineId).map((row) => row.amount));
  const chartById = new Map(chart.map((line) => [line.id, line]));
  const lines: YearLine[] = budgetLines.map((line) => ({
    code: line.code,
    name: line.name,
    kind: line.kind,
    group: chartById.get(line.lineId)?.group ?? null,
    budget: line.amounts[index] ?? (0 as Ore),
    actualToDate: sumFor(line.lineId),
    hasBudget: true,
  }));
  const budgeted = new Set(budgetLines.map((line) => line.lineId));
  const extra = [...new Set(actuals.map((row) => row.lineId))].filter((id) => !budgeted.has(id));
  for (const id of extra) {
    const line = chartById.get(id) as ChartLine;
    lines.push({
      code: line.code,
      name: line.name,
      kind: line.kind,
      group: line.group,
      budget: 0 as Ore,
      actualToDate: sumFor(id),
      hasBudget: false,
    });
  }
  return {
    budget: head ? { firstYear: head.firstYear, isPlanYear: head.firstYear !== year } : null,
    lines,
    actuals,
    toDate,
  };
}

const period = (year: number, throughMonth: number) => ({
  from: `${year}-01-01`,
  to: lastDayOfMonth(year, throughMonth),
});

/**
 * Driftredovisning for the year through a month: per operating line and in total, the year's
 * budget, actual to date, deviation (budget − actual) and share used; the result on both sides.
 * Financial items are outside it, as in the förbund's own reports. Any member.
 */
export async function operatingStatementReport(
  tx: TransactionSql,
  tenantId: string,
  input: { year: number; throughMonth: number },
) {
  const data = await yearLines(tx, tenantId, input.year, input.throughMonth);
  const lines = data.lines.filter((line) => operatingKinds.includes(line.kind));
  const statement = operatingStatement({
    period: period(input.year, input.throughMonth),
    lines: lines.map((line) => ({
      code: line.code,
      name: line.name,
      kind: sideOf(line.kind),
      budget: line.budget,
      actual: line.actualToDate,
    })),
  });
  const groupOf = new Map(lines.map((line) => [line.code, line.group]));
  const section = (part: typeof statement.costs) => ({
    lines: part.lines.map((line) => ({
      code: line.code,
      name: line.name,
      group: groupOf.get(line.code) ?? null,
      budget: line.budget,
      actual: line.actual,
      deviation: line.deviation,
      shareUsedPercent: percentOrNull(line.shareUsed),
    })),
    total: { ...part.total, shareUsed: undefined, shareUsedPercent: percentOrNull(part.total.shareUsed) },
  });
  return {
    year: input.year,
    throughMonth: input.throughMonth,
    period: statement.period,
    budget: data.budget,
    hasActuals: data.toDate.length > 0,
    costs: section(statement.costs),
    revenue: section(statement.revenue),
    result: statement.result,
  };
}

function figuresFromActuals(actuals: StoredActual[]): IncomeStatementFigures {
  const sum = (kinds: BudgetLineKind[]) =>
    sumOre(actuals.filter((row) => kinds.includes(row.lineKind)).map((row) => row.amount));
  return {
    revenue: sum(['contribution', 'otherIncome']),
    costs: sum(['cost']),
    depreciation: 0 as Ore,
    financialIncome: sum(['financialIncome']),
    financialCosts: sum(['financialCost']),
    extraordinaryItems: 0 as Ore,
  };
}

async function incomeFigures(tx: TransactionSql, tenantId: string, year: number, throughMonth: number) {
  const [booked, actuals] = await Promise.all([
    getResultFigures(tx, tenantId, { year, throughMonth }),
    loadActuals(tx, tenantId, year),
  ]);
  const toDate = actuals.filter((row) => isWithinToDate(row.period, throughMonth));
  const fromActuals = toDate.length > 0 ? figuresFromActuals(toDate) : null;
  if (booked) return { source: 'ledger' as const, figures: booked.figures, fromActuals };
  if (fromActuals) return { source: 'actuals' as const, figures: fromActuals, fromActuals };
  return null;
}

/**
 * Resultaträkning for the year through a month, with the same period of the previous year beside
 * it. Uses the figures booked in the ledger when entered, else sums the actuals per line; when both
 * exist and differ, the difference is shown (Gävleborg H1 2019: 6 659 748 vs 6 659 747 kr). Any member.
 */
export async function incomeStatementReport(
  tx: TransactionSql,
  tenantId: string,
  input: { year: number; throughMonth: number },
) {
  const [current, previous] = await Promise.all([
    incomeFigures(tx, tenantId, input.year, input.throughMonth),
    incomeFigures(tx, tenantId, input.year - 1, input.throughMonth),
  ]);
  if (!current) {
    return {
      year: input.year,
      throughMonth: input.throughMonth,
      statement: null,
      source: null,
      previousSource: null,
      differences: null,
    };
  }
  const statement = incomeStatement({
    current: { period: period(input.year, input.throughMonth), figures: current.figures },
    ...(previous
      ? { previous: { period: period(input.year - 1, input.throughMonth), figures: previous.figures } }
      : {}),
  });
  const differences =
    current.source === 'ledger' && current.fromActuals
      ? {
          revenue: subtractOre(current.figures.revenue, current.fromActuals.revenue),
          costs: subtractOre(current.figures.costs, current.fromActuals.costs),
          revenueFromActuals: current.fromActuals.revenue,
          costsFromActuals: current.fromActuals.costs,
        }
      : null;
  return {
    year: input.year,
    throughMonth: input.throughMonth,
    statement: statement as {
      current: { from: string; to: string };
      previous?: { from: string; to: string };
      rows: { row: IncomeStatementRow; current: Ore; previous?: Ore }[];
    },
    source: current.source,
    previousSource: previous?.source ?? null,
    differences,
  };
}

const sheetView = (sheet: BalanceSheet) => sheet;

/**
 * Balansräkning on a date from the entered balances, beside another date (by default the previous
 * year end), with the check that assets equal equity and liabilities, and that equity moved by the
 * year's result to date. Any member.
 */
export async function balanceSheetReport(
  tx: TransactionSql,
  tenantId: string,
  input: { date: string; compareDate?: string | undefined },
) {
  const compareDate = input.compareDate ?? `${Number(input.date.slice(0, 4)) - 1}-12-31`;
  const [current, previous] = await Promise.all([
    getBalances(tx, tenantId, input.date),
    getBalances(tx, tenantId, compareDate),
  ]);
  const sheet = current ? sheetView(balanceSheet({ date: input.date, lines: current.lines })) : null;
  const previousSheet = previous
    ? sheetView(balanceSheet({ date: compareDate, lines: previous.lines }))
    : null;
  let equityMovement: { opening: Ore; result: Ore; closing: Ore; difference: Ore } | null = null;
  const year = Number(input.date.slice(0, 4));
  const month = Number(input.date.slice(5, 7));
  const isMonthEnd = input.date === lastDayOfMonth(year, month);
  if (sheet && previousSheet && compareDate === `${year - 1}-12-31` && isMonthEnd) {
    const figures = await incomeFigures(tx, tenantId, year, month);
    if (figures) {
      const statement = incomeStatement({
        current: { period: period(year, month), figures: figures.figures },
      });
      const result = statement.rows.find((row) => row.row === 'result')?.current ?? (0 as Ore);
      const opening = previousSheet.sections.equity;
      const closing = sheet.sections.equity;
      equityMovement = {
        opening,
        result,
        closing,
        difference: equityMovementDifference({ opening, result, closing }),
      };
    }
  }
  return { date: input.date, compareDate, sheet, previous: previousSheet, equityMovement };
}

async function openingEquity(tx: TransactionSql, tenantId: string, year: number): Promise<Ore | null> {
  const previous = await getBalances(tx, tenantId, `${year - 1}-12-31`);
  if (previous)
    return sumOre(previous.lines.filter((line) => line.section === 'equity').map((line) => line.amount));
  const [row] = await tx<{ equity: string | null }[]>`
    select opening_equity_ore::text as equity from fiscal_years where tenant_id = ${tenantId} and year = ${year}`;
  return row?.equity ? oreFromDb(row.equity) : null;
}

async function loadForecast(tx: TransactionSql, tenantId: string, year: number) {
  const [head] = await tx<{ id: string; version: number }[]>`
    select id, version from forecasts where tenant_id = ${tenantId} and year = ${year}`;
  if (!head) return null;
  const lines = await tx<{ code: string; amount: string }[]>`
    select l.code, f.amount_ore::text as amount from forecast_lines f
    join economy_lines l on l.tenant_id = f.tenant_id and l.id = f.line_id
    where f.tenant_id = ${tenantId} and f.forecast_id = ${head.id}`;
  return { ...head, amounts: new Map(lines.map((line) => [line.code, oreFromDb(line.amount)])) };
}

/**
 * Year-end forecast (prognos): per line budget, actual to date, forecast (the budget where none is
 * entered) and deviation; the forecast result; equity at year end from the opening equity (the
 * previous year end's balance sheet, else the fiscal year's opening equity); and the equity goal
 * judged on it against the förbund's limit. Any member.
 */
export async function forecastReport(
  tx: TransactionSql,
  tenantId: string,
  input: { year: number; throughMonth: number },
) {
  const [data, saved, opening, limitText] = await Promise.all([
    yearLines(tx, tenantId, input.year, input.throughMonth),
    loadForecast(tx, tenantId, input.year),
    openingEquity(tx, tenantId, input.year),
    equityGoalPercent(tx, tenantId),
  ]);
  const result = forecast({
    year: input.year,
    lines: data.lines.map((line) => ({
      code: line.code,
      name: line.name,
      kind: sideOf(line.kind),
      budget: line.budget,
      actualToDate: line.actualToDate,
      forecast: saved?.amounts.get(line.code) ?? line.budget,
    })),
    ...(opening === null ? {} : { openingEquity: opening }),
  });
  const entered = (code: string) => saved?.amounts.has(code) ?? false;
  const mark = (part: typeof result.revenue) => ({
    lines: part.lines.map((line) => ({ ...line, isEntered: entered(line.code) })),
    total: part.total,
  });
  const limit = percent(limitText);
  const goal =
    result.equity && result.revenue.total.budget > 0
      ? equityGoal({
          equity: result.equity.closingForecast,
          budgetedRevenue: result.revenue.total.budget,
          limit,
        })
      : null;
  return {
    year: input.year,
    throughMonth: input.throughMonth,
    budget: data.budget,
    version: saved?.version ?? null,
    revenue: mark(result.revenue),
    costs: mark(result.costs),
    result: result.result,
    equity: result.equity ?? null,
    equityGoal: goal
      ? {
          equity: goal.equity,
          budgetedRevenue: goal.budgetedRevenue,
          limitPercent: roundPercent(goal.limit, 2),
          sharePercent: roundPercent(goal.share, 2),
          percentRounded: goal.percentRounded,
          limitAmount: goal.limitAmount,
          excess: goal.excess,
          isMet: goal.isMet,
        }
      : null,
  };
}

/**
 * Saves the year-end forecast per line (lines left out are forecast at their budget). Optimistic
 * concurrency (`version: null` creates). Editors and admins; audited.
 */
export async function saveForecast(tx: TransactionSql, tenantId: string, input: ForecastSaveInput) {
  const chart = (await loadChart(tx, tenantId)).filter((line) => line.parentId === null);
  const byCode = new Map(chart.map((line) => [line.code, line]));
  if (input.lines.some((line) => !byCode.has(line.lineCode)))
    throw new DomainError('NOT_FOUND', 'actuals.unknownLine');
  if (new Set(input.lines.map((line) => line.lineCode)).size !== input.lines.length)
    throw new DomainError('INVALID', 'budget.duplicateCode');
  const before = await loadForecast(tx, tenantId, input.year);
  if (input.expectedVersion === null && before)
    throw new DomainError('CONFLICT', 'conflict.stale', { entity: 'forecast' });
  if (input.expectedVersion !== null && !before) staleOrMissing('forecast', false);
  let forecastId: string;
  if (before) {
    const updated = await tx<{ id: string }[]>`
      update forecasts set version = version + 1
      where tenant_id = ${tenantId} and id = ${before.id} and version = ${input.expectedVersion} returning id`;
    if (updated.length === 0) staleOrMissing('forecast', true);
    forecastId = before.id;
    await tx`delete from forecast_lines where tenant_id = ${tenantId} and forecast_id = ${forecastId}`;
  } else {
    const fiscalYearId = await ensureFiscalYear(tx, tenantId, input.year);
    const [row] = await tx<{ id: string }[]>`
      insert into forecasts (tenant_id, fiscal_year_id, year) values (${tenantId}, ${fiscalYearId}, ${input.year})
      returning id`;
    if (!row) throw new Error('forecast insert returned no row');
    forecastId = row.id;
  }
  for (const line of input.lines) {
    const chartLine = byCode.get(line.lineCode) as ChartLine;
    await tx`insert into forecast_lines (tenant_id, forecast_id, line_id, amount_ore)
             values (${tenantId}, ${forecastId}, ${chartLine.id}, ${line.amount})`;
  }
  await recordAudit(tx, {
    action: 'forecast.save',
    entity: 'forecast',
    entityId: forecastId,
    before: before ? Object.fromEntries(before.amounts) : null,
    after: Object.fromEntries(input.lines.map((line) => [line.lineCode, line.amount])),
  });
  return forecastReport(tx, tenantId, { year: input.year, throughMonth: 12 });
}
