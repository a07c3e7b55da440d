import type { BudgetLineKind } from '../economy/budget.ts';
import type { FunderGroup } from '../economy/financing-split.ts';
import { type CostKind, isAdministrativeCost } from '../economy/line-kind.ts';
import type { Ore } from '../money/ore.ts';
import { subtractOre, sumOre } from '../money/ore-math.ts';
import type { FollowUpMethod, InterventionKind } from './intervention.ts';
import { isInterventionActiveBetween } from './intervention.ts';
import {
  addGenderCounts,
  type GenderCount,
  participantsInPeriod,
  personsReached,
  zeroGenderCount,
} from './participant-figures.ts';
import { type Period, periodEndDate, periodStartDate } from './period.ts';
import { compareReportOrder } from './report-order.ts';
import type { ReportIntervention } from './results-report.ts';

/** Participants of an individual-level intervention as FK asks: planned (budgeted) and actual by gender. */
export interface FinsamIndividualFigures {
  planned: GenderCount | null;
  /** Everyone who took part in the period (new + carried in); null when no figures were reported. */
  actual: GenderCount | null;
  new: GenderCount | null;
  ended: GenderCount | null;
}

/** What a structural intervention reached in the period; null when no figures were reported. */
export interface FinsamStructuralFigures {
  staffReached: number;
  managersReached: number;
  unspecifiedReached: number;
  personsReached: number;
  meetingsHeld: number;
}

export interface FinsamRow {
  interventionId: string;
  name: string;
  kind: InterventionKind;
  /** Öre; null when no budget is set for the year. */
  totalBudget: number | null;
  spend: number | null;
  /** 'books': allocations of the period's actuals; 'typed': entered by hand ("inmatat, ej från bokföringen"). */
  spendSource: SpendSource | null;
  isEsfFunded: boolean;
  followUpMethod: FollowUpMethod | null;
  detailedDirection: string;
  individual: FinsamIndividualFigures | null;
  structural: FinsamStructuralFigures | null;
}

/** Where an intervention's spend comes from (the API's `readInterventionSpend`). */
export type SpendSource = 'books' | 'typed';

export interface FinsamTotals {
  /** Öre. Interventions without a budget add nothing. */
  totalBudget: number;
  spend: number;
  plannedParticipants: GenderCount;
  actualParticipants: GenderCount;
  personsReached: number;
  meetingsHeld: number;
}

export interface UppfoljningFinsam {
  rows: FinsamRow[];
  totals: Record<InterventionKind, FinsamTotals>;
}

const emptyTotals = (): FinsamTotals => ({
  totalBudget: 0,
  spend: 0,
  plannedParticipants: zeroGenderCount,
  actualParticipants: zeroGenderCount,
  personsReached: 0,
  meetingsHeld: 0,
});

/**
 * The period's figures as FK's Uppföljning Finsam asks for them: per intervention its kind, budget,
 * spend, and planned and actual participants by gender (individual-level) or people reached and
 * meetings (structural), with totals per kind. The förbund's administrative costs, allocated funds
 * and equity come from the economy module and are added beside this by the caller. Pure.
 */
export function uppfoljningFinsam(input: {
  period: Period;
  interventions: readonly ReportIntervention[];
  /** Spend per intervention id from the books or typed; without it, the budget's typed spend to date. */
  spend?: ReadonlyMap<string, { spendOre: number; source: SpendSource }>;
}): UppfoljningFinsam {
  const from = periodStartDate(input.period);
  const to = periodEndDate(input.period);
  const rows = input.interventions
    .filter(({ intervention }) => isInterventionActiveBetween(intervention, from, to))
    .map(({ intervention, figures, budget }): FinsamRow => {
      const spend = input.spend
        ? (input.spend.get(intervention.id) ?? null)
        : budget
          ? { spendOre: budget.spendToDate, source: 'typed' as const }
          : null;
      const individualFigures = figures?.kind === 'individual' ? figures : null;
      const structuralFigures = figures?.kind === 'structural' ? figures : null;
      return {
        interventionId: intervention.id,
        name: intervention.name,
        kind: intervention.kind,
        totalBudget: budget?.totalBudget ?? null,
        spend: spend?.spendOre ?? null,
        spendSource: spend?.source ?? null,
        isEsfFunded: intervention.isEsfFunded,
        followUpMethod: intervention.followUpMethod,
        detailedDirection: intervention.detailedDirection,
        individual:
          intervention.kind === 'individual'
            ? {
                planned: budget?.plannedParticipants ?? null,
                actual: individualFigures && participantsInPeriod(individualFigures),
                new: individualFigures?.new ?? null,
                ended: individualFigures?.ended ?? null,
              }
            : null,
        structural:
          intervention.kind === 'structural' && structuralFigures
            ? {
                staffReached: structuralFigures.staffReached,
                managersReached: structuralFigures.managersReached,
                unspecifiedReached: structuralFigures.unspecifiedReached,
                personsReached: personsReached(structuralFigures),
                meetingsHeld: structuralFigures.meetingsHeld,
              }
            : null,
      };
    })
    .sort((a, b) => compareReportOrder({ ...a, id: a.interventionId }, { ...b, id: b.interventionId }));

  const totals = { individual: emptyTotals(), structural: emptyTotals() };
  for (const row of rows) {
    const sum = totals[row.kind];
    sum.totalBudget += row.totalBudget ?? 0;
    sum.spend += row.spend ?? 0;
    if (row.individual?.planned)
      sum.plannedParticipants = addGenderCounts(sum.plannedParticipants, row.individual.planned);
    if (row.individual?.actual)
      sum.actualParticipants = addGenderCounts(sum.actualParticipants, row.individual.actual);
    sum.personsReached += row.structural?.personsReached ?? 0;
    sum.meetingsHeld += row.structural?.meetingsHeld ?? 0;
  }
  return { rows, totals };
}

/** A line of the förbund's chart with its budget for the year and what was booked in the period. */
export interface FinsamEconomyLine {
  kind: BudgetLineKind;
  funderGroup: FunderGroup | null;
  /** For cost lines (a "varav" line carries its parent's); null otherwise. */
  costKind: CostKind | null;
  budget: Ore;
  actual: Ore;
}

export interface BudgetAndActual {
  budget: Ore;
  actual: Ore;
}

export interface FinsamEquity {
  amount: Ore;
  /** 'balanceSheet': entered for the period's last day; 'forecast': the year-end forecast. */
  source: 'balanceSheet' | 'forecast';
  date: string;
}

/** The förbund block of Uppföljning Finsam. */
export interface FinsamForbundSection {
  /** Allocated funds (tilldelade medel) per funder group, as booked; `null` group: contribution lines without one. */
  contributions: (BudgetAndActual & { funderGroup: FunderGroup | null })[];
  contributionsTotal: BudgetAndActual;
  equity: FinsamEquity | null;
  /** Staff plus other administration. */
  administrativeCosts: BudgetAndActual;
  interventionFunds: BudgetAndActual;
  /** Every cost line of the operating statement. */
  totalCosts: BudgetAndActual;
}

const sumOf = (lines: readonly FinsamEconomyLine[]): BudgetAndActual => ({
  budget: sumOre(lines.map((line) => line.budget)),
  actual: sumOre(lines.map((line) => line.actual)),
});

const funderOrder: readonly (FunderGroup | null)[] = ['state', 'region', 'municipalities', null];

/**
 * The förbund's part of Uppföljning Finsam from its books: allocated funds per funder (state, i.e.
 * FK and AF; region; municipalities), administrative costs (cost kinds staff and other
 * administration), intervention funds and total costs, each as the year's budget and the period's
 * actual; equity as the caller found it. Funder groups without a line are left out. Pure.
 */
export function finsamForbundSection(input: {
  lines: readonly FinsamEconomyLine[];
  equity: FinsamEquity | null;
}): FinsamForbundSection {
  const contributionLines = input.lines.filter((line) => line.kind === 'contribution');
  const costLines = input.lines.filter((line) => line.kind === 'cost');
  return {
    contributions: funderOrder
      .map((group) => ({ group, lines: contributionLines.filter((line) => line.funderGroup === group) }))
      .filter(({ lines }) => lines.length > 0)
      .map(({ group, lines }) => ({ funderGroup: group, ...sumOf(lines) })),
    contributionsTotal: sumOf(contributionLines),
    equity: input.equity,
    administrativeCosts: sumOf(
      costLines.filter((line) => line.costKind !== null && isAdministrativeCost(line.costKind)),
    ),
    interventionFunds: sumOf(costLines.filter((line) => line.costKind === 'interventionFunds')),
    totalCosts: sumOf(costLines),
  };
}

export interface FinsamCheck {
  interventionActual: Ore;
  administrativeActual: Ore;
  /** interventionActual + administrativeActual. */
  sum: Ore;
  totalCosts: Ore;
  /** totalCosts − sum: positive when the books hold costs no intervention or administration accounts for. */
  difference: Ore;
  isBalanced: boolean;
}

/**
 * Uppföljning Finsam's check: the interventions' actuals plus the administrative actuals should be
 * the operating statement's total costs for the period. The difference is returned, never evened out.
 */
export function finsamCheck(input: {
  interventionActual: Ore;
  administrativeActual: Ore;
  totalCosts: Ore;
}): FinsamCheck {
  const sum = sumOre([input.interventionActual, input.administrativeActual]);
  const difference = subtractOre(input.totalCosts, sum);
  return { ...input, sum, difference, isBalanced: difference === 0 };
}
