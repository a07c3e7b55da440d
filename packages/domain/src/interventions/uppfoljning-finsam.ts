import type { InterventionKind } from './intervention.ts';
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
  individual: FinsamIndividualFigures | null;
  structural: FinsamStructuralFigures | null;
}

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
}): UppfoljningFinsam {
  const from = periodStartDate(input.period);
  const to = periodEndDate(input.period);
  const rows = input.interventions
    .filter(({ intervention }) => isInterventionActiveBetween(intervention, from, to))
    .map(({ intervention, figures, budget }): FinsamRow => {
      const individualFigures = figures?.kind === 'individual' ? figures : null;
      const structuralFigures = figures?.kind === 'structural' ? figures : null;
      return {
        interventionId: intervention.id,
        name: intervention.name,
        kind: intervention.kind,
        totalBudget: budget?.totalBudget ?? null,
        spend: budget?.spendToDate ?? null,
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
