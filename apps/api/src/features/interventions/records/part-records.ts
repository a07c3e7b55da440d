import type { TransactionSql } from '@samsyn/db';
import type { InterventionBudget, ParticipantFigures } from '@samsyn/domain';
import { readInterventionSpend, type SpendSource } from '../../economy/allocations/intervention-spend.ts';

export interface BudgetRecord extends InterventionBudget {
  interventionId: string;
  /**
   * Issue 19: `spendToDate` follows the books (the year's allocations of intervention-funds
   * actuals) and is the typed figure only for a year without allocations; the typed figure, which
   * the budget form edits, is kept here.
   */
  typedSpendToDate: number;
  spendSource: SpendSource;
  isDemoEstimate: boolean;
  estimatedFields: string[];
  version: number;
}

/** Budgets per year of the given interventions (all when null); amounts öre as numbers. */
export async function selectBudgets(
  tx: TransactionSql,
  tenantId: string,
  interventionIds: readonly string[] | null,
): Promise<BudgetRecord[]> {
  const rows = await tx<
    {
      interventionId: string;
      year: number;
      totalBudget: string;
      spendToDate: string;
      plannedTotal: number | null;
      plannedWomen: number | null;
      plannedMen: number | null;
      plannedOtherUnknown: number | null;
      isDemoEstimate: boolean;
      estimatedFields: string[];
      version: number;
    }[]
  >`
    select intervention_id as "interventionId", year, total_budget_ore::text as "totalBudget",
           spend_ore::text as "spendToDate", planned_total as "plannedTotal", planned_women as "plannedWomen",
           planned_men as "plannedMen", planned_other_unknown as "plannedOtherUnknown",
           is_demo_estimate as "isDemoEstimate", estimated_fields as "estimatedFields", version
    from intervention_budgets
    where tenant_id = ${tenantId}
      ${interventionIds === null ? tx`` : tx`and intervention_id = any(${interventionIds as string[]}::uuid[])`}
    order by intervention_id, year`;
  const spendByYear = new Map<number, Awaited<ReturnType<typeof readInterventionSpend>>>();
  for (const year of new Set(rows.map((row) => row.year)))
    spendByYear.set(year, await readInterventionSpend(tx, { from: `${year}-01-01`, to: `${year}-12-31` }));
  return rows.map((row) => {
    const spend = spendByYear.get(row.year)?.get(row.interventionId);
    return {
      interventionId: row.interventionId,
      year: row.year,
      totalBudget: Number(row.totalBudget),
      spendToDate: spend ? Number(spend.spendOre) : Number(row.spendToDate),
      typedSpendToDate: Number(row.spendToDate),
      spendSource: spend?.source ?? 'typed',
      plannedParticipants:
        row.plannedTotal === null
          ? null
          : {
              total: row.plannedTotal,
              women: row.plannedWomen ?? 0,
              men: row.plannedMen ?? 0,
              otherUnknown: row.plannedOtherUnknown ?? 0,
            },
      isDemoEstimate: row.isDemoEstimate,
      estimatedFields: row.estimatedFields,
      version: row.version,
    };
  });
}

export interface FiguresRecord {
  interventionId: string;
  period: string;
  figures: ParticipantFigures;
  isDemoEstimate: boolean;
  estimatedFields: string[];
  version: number;
  updatedAt: string;
}

/** Participant figures of the given interventions (all when null), optionally only periods overlapping [from, to]. */
export async function selectFigures(
  tx: TransactionSql,
  tenantId: string,
  interventionIds: readonly string[] | null,
  range?: { from: string; to: string },
): Promise<FiguresRecord[]> {
  return tx<FiguresRecord[]>`
    select intervention_id as "interventionId", period, figures, is_demo_estimate as "isDemoEstimate",
           estimated_fields as "estimatedFields", version, updated_at::text as "updatedAt"
    from participant_figures
    where tenant_id = ${tenantId}
      ${interventionIds === null ? tx`` : tx`and intervention_id = any(${interventionIds as string[]}::uuid[])`}
      ${range === undefined ? tx`` : tx`and period_start <= ${range.to} and period_end >= ${range.from}`}
    order by intervention_id, period_start, period_end`;
}

export interface NoteRecord {
  interventionId: string;
  period: string;
  resultsText: string;
  comment: string;
  version: number;
}

/** Period notes ("Resultat", "Kommentar") of the given interventions (all when null). */
export async function selectNotes(
  tx: TransactionSql,
  tenantId: string,
  interventionIds: readonly string[] | null,
  period?: string,
): Promise<NoteRecord[]> {
  return tx<NoteRecord[]>`
    select intervention_id as "interventionId", period, results_text as "resultsText", comment, version
    from intervention_period_notes
    where tenant_id = ${tenantId}
      ${interventionIds === null ? tx`` : tx`and intervention_id = any(${interventionIds as string[]}::uuid[])`}
      ${period === undefined ? tx`` : tx`and period = ${period}`}
    order by intervention_id, period`;
}
