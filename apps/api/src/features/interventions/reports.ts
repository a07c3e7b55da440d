import type { TransactionSql } from '@samsyn/db';
import {
  aggregateParticipantFigures,
  type FinsamCheck,
  type FinsamForbundSection,
  finsamCheck,
  finsamForbundSection,
  type Ore,
  type ParticipantFigures,
  type Period,
  parsePeriod,
  periodContains,
  periodEndDate,
  periodStartDate,
  type ReportIntervention,
  type ResultsReportRow,
  resultsReport,
  sumOre,
  type UppfoljningFinsam,
  uppfoljningFinsam,
} from '@samsyn/domain';
import { readInterventionSpend } from '../economy/allocations/intervention-spend.ts';
import type { TenantCtx } from '../verb-context.ts';
import { finsamEconomyLines, finsamEquity } from './finsam-economy.ts';
import { type FinsamRegistration, getFinsamRegistration } from './finsam-registration.ts';
import { selectGoals } from './records/goal-records.ts';
import { selectInterventions } from './records/intervention-record.ts';
import { type FiguresRecord, selectBudgets, selectFigures, selectNotes } from './records/part-records.ts';

/**
 * The period's figures of one intervention: those reported for exactly the period, else the sum of
 * shorter periods that tile it (six months into a half-year, two half-years into a year), else none.
 */
function figuresForPeriod(
  entries: readonly FiguresRecord[],
  period: Period,
  text: string,
): ParticipantFigures | null {
  const exact = entries.find((entry) => entry.period === text);
  if (exact) return exact.figures;
  const parts = entries
    .map((entry) => ({ period: parsePeriod(entry.period) as Period, figures: entry.figures }))
    .filter((entry) => periodContains(period, entry.period));
  // Prefer the coarsest parts that tile the period: half-years over their months.
  for (const type of ['half_year', 'month'] as const) {
    const ofType = parts.filter((entry) => entry.period.type === type);
    if (ofType.length === 0) continue;
    const aggregated = aggregateParticipantFigures(ofType, period);
    if (aggregated.ok) return aggregated.value;
  }
  return null;
}

interface ReportData {
  period: Period;
  interventions: ReportIntervention[];
  demoEstimateIds: string[];
}

/** Loads what both reports need for a period, from the förbund's non-archived interventions. */
async function loadReportData(tx: TransactionSql, tenantId: string, periodText: string): Promise<ReportData> {
  const period = parsePeriod(periodText) as Period;
  const interventions = await selectInterventions(tx, tenantId);
  const range = { from: periodStartDate(period), to: periodEndDate(period) };
  const [goals, budgets, figures, notes] = await Promise.all([
    selectGoals(tx, tenantId, null),
    selectBudgets(tx, tenantId, null),
    selectFigures(tx, tenantId, null, range),
    selectNotes(tx, tenantId, null, periodText),
  ]);
  const demoEstimateIds = new Set<string>();
  const reportInterventions = interventions.map((intervention): ReportIntervention => {
    const own = figures.filter((entry) => entry.interventionId === intervention.id);
    const budget = budgets.find(
      (entry) => entry.interventionId === intervention.id && entry.year === period.year,
    );
    if (own.some((entry) => entry.isDemoEstimate) || budget?.isDemoEstimate || intervention.isDemoEstimate)
      demoEstimateIds.add(intervention.id);
    const note = notes.find((entry) => entry.interventionId === intervention.id);
    return {
      intervention,
      goals: goals
        .filter((goal) => goal.interventionId === intervention.id)
        .map((goal) => ({
          goal: goal.goal,
          assessment: goal.assessments.find((assessment) => assessment.period === periodText) ?? null,
        })),
      figures: figuresForPeriod(own, period, periodText),
      budget: budget
        ? {
            year: budget.year,
            totalBudget: budget.totalBudget,
            spendToDate: budget.spendToDate,
            plannedParticipants: budget.plannedParticipants,
          }
        : null,
      note: note ? { resultsText: note.resultsText, comment: note.comment } : null,
    };
  });
  return { period, interventions: reportInterventions, demoEstimateIds: [...demoEstimateIds] };
}

export interface GoalsAndResultsReport {
  period: string;
  forbundName: string;
  rows: ResultsReportRow[];
  /** Interventions whose figures or budget include invented demo values. */
  demoEstimateIds: string[];
}

/**
 * "Mål och resultat av insatser" for a period: per intervention that ran in it the fields of
 * Bilaga 1 with goals followed up from the figures; individual-level first, then structural.
 * Archived interventions are left out. Any member may read.
 */
export async function goalsAndResultsReport(
  { tx, tenant }: TenantCtx,
  input: { period: string },
): Promise<GoalsAndResultsReport> {
  const data = await loadReportData(tx, tenant.id, input.period);
  const members = await tx<
    { id: string; name: string }[]
  >`select id, name from members where tenant_id = ${tenant.id}`;
  const rows = resultsReport({
    period: data.period,
    forbundName: tenant.name,
    memberNames: new Map(members.map((member) => [member.id, member.name])),
    interventions: data.interventions,
  });
  return { period: input.period, forbundName: tenant.name, rows, demoEstimateIds: data.demoEstimateIds };
}

export interface UppfoljningFinsamReport extends UppfoljningFinsam {
  period: string;
  forbundName: string;
  demoEstimateIds: string[];
  /** Allocated funds per funder, equity and administrative costs, from the books. */
  forbund: FinsamForbundSection;
  /** Interventions' actuals + administrative actuals against the operating statement's total costs. */
  check: FinsamCheck;
  registration: FinsamRegistration;
}

/**
 * The period's figures as FK's Uppföljning Finsam asks them: the förbund block from the economy
 * (allocated funds per funder, equity, administrative costs), then per intervention its budget, its
 * actual from the books where the period's actuals are allocated to it (else the typed spend,
 * marked so), participants by gender or people reached and meetings, with totals per kind; the
 * check that interventions and administration account for every booked cost; and whether the
 * period is registered. Any member may read.
 */
export async function uppfoljningFinsamReport(
  ctx: TenantCtx,
  input: { period: string },
): Promise<UppfoljningFinsamReport> {
  const { tx, tenant } = ctx;
  const data = await loadReportData(tx, tenant.id, input.period);
  const range = { from: periodStartDate(data.period), to: periodEndDate(data.period) };
  const [spend, lines, equity, registration] = await Promise.all([
    readInterventionSpend(tx, range),
    finsamEconomyLines(ctx, data.period),
    finsamEquity(ctx, data.period),
    getFinsamRegistration(tx, tenant.id, input.period),
  ]);
  const report = uppfoljningFinsam({ period: data.period, interventions: data.interventions, spend });
  const forbund = finsamForbundSection({ lines, equity });
  const interventionActual = sumOre(report.rows.map((row) => (row.spend ?? 0) as Ore));
  return {
    period: input.period,
    forbundName: tenant.name,
    ...report,
    demoEstimateIds: data.demoEstimateIds,
    forbund,
    check: finsamCheck({
      interventionActual,
      administrativeActual: forbund.administrativeCosts.actual,
      totalCosts: forbund.totalCosts.actual,
    }),
    registration,
  };
}
