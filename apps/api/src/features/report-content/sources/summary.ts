import {
  interventionPeriodOf,
  negateOre,
  type ReportFrame,
  type SourceResult,
  type SummaryReach,
  summarySection,
} from '@samsyn/domain';
import { uppfoljningFinsamReport } from '../../interventions/reports.ts';
import type { TenantCtx } from '../../verb-context.ts';
import { incomeStatementOf } from '../period-statements.ts';

/**
 * §1.1 Sammanfattning: what the förbund spent in the period (the income statement's costs) and
 * whom its interventions reached, by kind (Uppföljning Finsam's figures for the period); interventions
 * without figures are named.
 */
export async function readSummarySource(ctx: TenantCtx, frame: ReportFrame): Promise<SourceResult> {
  const period = interventionPeriodOf(frame.periodStart, frame.periodEnd);
  const [income, finsam] = await Promise.all([
    incomeStatementOf(ctx, frame.periodEnd),
    period ? uppfoljningFinsamReport(ctx, { period }) : null,
  ]);
  const costsRow = income.statement?.rows.find((row) => row.row === 'costs');
  let reach: SummaryReach | null = null;
  if (finsam) {
    const individual = finsam.rows.filter((row) => row.kind === 'individual');
    const structural = finsam.rows.filter((row) => row.kind === 'structural');
    reach = {
      individual: {
        interventions: individual.length,
        participants: finsam.totals.individual.actualParticipants,
        newParticipants: individual.reduce((sum, row) => sum + (row.individual?.new?.total ?? 0), 0),
        missing: individual.filter((row) => row.individual?.actual == null).map((row) => row.name),
      },
      structural: {
        interventions: structural.length,
        personsReached: finsam.totals.structural.personsReached,
        meetingsHeld: finsam.totals.structural.meetingsHeld,
        missing: structural.filter((row) => row.structural === null).map((row) => row.name),
      },
    };
  }
  if (!costsRow && !reach)
    return {
      status: 'unavailable',
      reason:
        'Sammanfattningen saknar underlag: förbundet har ingen resultaträkning för perioden och insatsernas ' +
        'siffror redovisas inte för en sådan period.',
    };
  return {
    status: 'ok',
    blocks: summarySection({
      tenantName: frame.tenantName,
      periodStart: frame.periodStart,
      periodEnd: frame.periodEnd,
      costs: costsRow ? negateOre(costsRow.current) : null,
      reach,
    }),
  };
}
