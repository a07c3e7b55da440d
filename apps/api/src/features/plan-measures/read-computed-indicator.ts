import {
  type ComputedMeasure,
  type ComputedMeasureParams,
  catalogueEntriesPublished,
  equityShareOfBudgetedRevenue,
  interventionsMeetingGoalsShare,
  localGroupsMeetingPerTermShare,
  type MeasureResult,
  type Ore,
  type Period,
  parseComputedMeasureParams,
  parsePeriod,
  participantOutcomeShare,
  percent,
  periodEndDate,
  sumOre,
  todayInSweden,
  ValidationFailed,
} from '@samsyn/domain';
import { listOwnPublished } from '../catalogue/list-own-published.ts';
import { getBalances } from '../economy/balances.ts';
import { equityGoalPercent } from '../economy/economy-store.ts';
import { forecastReport } from '../economy/reports/forecast-report.ts';
import { listLocalGroups } from '../interventions/local-groups.ts';
import { goalsAndResultsReport } from '../interventions/reports.ts';
import type { TenantCtx } from '../verb-context.ts';

/** The month the forecast stands at for a period: its last month (H1 → June, a year → December). */
const lastMonthOf = (period: Period): number =>
  period.type === 'month' ? period.month : period.type === 'half_year' ? period.half * 6 : 12;

async function readEquityShare(ctx: TenantCtx, period: Period): Promise<MeasureResult> {
  const throughMonth = lastMonthOf(period);
  // The closing balance decides only a follow-up of the whole year; a half-year is judged, as the
  // half-year report does, on the forecast made at its end.
  const isYearEnd = throughMonth === 12;
  const [report, closing, limitText] = await Promise.all([
    forecastReport(ctx, { year: period.year, throughMonth }),
    isYearEnd ? getBalances(ctx, { date: `${period.year}-12-31` }) : Promise.resolve(null),
    equityGoalPercent(ctx.tx, ctx.tenant.id),
  ]);
  const closingEquity = closing
    ? sumOre(closing.lines.filter((line) => line.section === 'equity').map((line) => line.amount))
    : null;
  const budgetedRevenue: Ore = report.revenue.total.budget;
  return equityShareOfBudgetedRevenue({
    budgetedRevenue,
    closingEquity,
    forecastEquity: report.equity?.closingForecast ?? null,
    limit: percent(limitText),
  });
}

/** The measure's params as its schema reads them; bad ones are refused at ['params', …]. */
function paramsOf<M extends ComputedMeasure>(measure: M, params: unknown): ComputedMeasureParams[M] {
  const parsed = parseComputedMeasureParams(measure, params);
  if (!parsed.ok) throw new ValidationFailed('input.invalid', parsed.problems);
  return parsed.value;
}

/**
 * A computed indicator's value for a period ('2019', '2019-H1'), from the förbund's own data read
 * through the features' own readers (economy forecast and balances, the goals-and-results report's
 * interventions and period figures, local groups, the catalogue), so the plan shows the figures the
 * other pages show. Never stored. Params are checked by the measure's schema (problems at
 * ['params', …]). Any member of the förbund; scoped to it by the tenant transaction.
 */
export async function readComputedIndicator(
  ctx: TenantCtx,
  input: { measure: ComputedMeasure; params: unknown; period: string },
): Promise<MeasureResult> {
  const period = parsePeriod(input.period);
  if (!period) throw new ValidationFailed('input.invalid', [{ key: 'period.invalid', path: ['period'] }]);
  paramsOf(input.measure, input.params);
  switch (input.measure) {
    case 'equityShareOfBudgetedRevenue':
      return readEquityShare(ctx, period);
    case 'interventionsMeetingGoalsShare': {
      const report = await goalsAndResultsReport(ctx, { period: input.period });
      return interventionsMeetingGoalsShare(
        report.rows.map((row) => ({ goals: row.goals.map((goal) => goal.followUp) })),
      );
    }
    case 'participantOutcomeShare': {
      const params = paramsOf('participantOutcomeShare', input.params);
      const report = await goalsAndResultsReport(ctx, { period: input.period });
      return participantOutcomeShare(
        report.rows.filter((row) => row.kind === 'individual').map((row) => row.figures),
        params,
      );
    }
    case 'localGroupsMeetingPerTermShare': {
      const params = paramsOf('localGroupsMeetingPerTermShare', input.params);
      const groups = await listLocalGroups(ctx);
      return localGroupsMeetingPerTermShare(groups, period, params);
    }
    case 'catalogueEntriesPublished': {
      const entries = await listOwnPublished(ctx);
      return catalogueEntriesPublished(
        entries.map((entry) => ({ publishedOn: todayInSweden(new Date(entry.publishedAt)) })),
        periodEndDate(period),
      );
    }
  }
}
