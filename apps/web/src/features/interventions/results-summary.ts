import { participantsInPeriod, personsReached } from '@samsyn/domain';
import type { ResultsReport } from './shared.tsx';

type Row = ResultsReport['rows'][number];

/** One line of the report's opening summary: what the reader checks first, per intervention. */
export interface SummaryLine {
  interventionId: string;
  name: string;
  kind: Row['kind'];
  /** Participants in the period (individual) or persons reached (structural); null: no figures. */
  reached: number | null;
  goalsMet: number;
  goals: number;
  spend: number | null;
  percentUsed: number | null;
}

/** The summary of "Mål och resultat": individual-level interventions first, as the report's sections. */
export function resultsSummary(rows: readonly Row[]): SummaryLine[] {
  const order = { individual: 0, structural: 1 } as const;
  return [...rows]
    .sort((a, b) => order[a.kind] - order[b.kind])
    .map((row) => ({
      interventionId: row.interventionId,
      name: row.name,
      kind: row.kind,
      reached:
        row.figures === null
          ? null
          : row.figures.kind === 'individual'
            ? participantsInPeriod(row.figures).total
            : personsReached(row.figures),
      goalsMet: row.goals.filter((goal) => goal.followUp.status === 'met').length,
      goals: row.goals.length,
      spend: row.spend,
      percentUsed: row.budgetUsage?.percentUsed ?? null,
    }));
}
