import {
  type BudgetUsage,
  budgetUsage,
  comparePeriods,
  followUpGoal,
  type GoalFollowUp,
  type InterventionStatus,
  type Period,
  parsePeriod,
} from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { registeredPeriodsCovering } from './finsam-registration.ts';
import { type GoalRecord, selectGoals } from './records/goal-records.ts';
import { getInterventionRecord, type InterventionRecord } from './records/intervention-record.ts';
import {
  type BudgetRecord,
  type FiguresRecord,
  type NoteRecord,
  selectBudgets,
  selectFigures,
  selectNotes,
} from './records/part-records.ts';

export interface StatusHistoryEntry {
  id: number;
  fromStatus: InterventionStatus | null;
  toStatus: InterventionStatus;
  effectiveDate: string;
  isReopening: boolean;
  note: string;
  changedByName: string | null;
  changedAt: string;
}

export interface InterventionDetail {
  intervention: InterventionRecord;
  localGroupName: string | null;
  statusHistory: StatusHistoryEntry[];
  goals: (GoalRecord & { followUps: { period: string; followUp: GoalFollowUp }[] })[];
  budgets: (BudgetRecord & { usage: BudgetUsage })[];
  figures: FiguresRecord[];
  notes: NoteRecord[];
  /** Periods with figures, notes or assessments, oldest first. */
  periods: string[];
  /** Periods it ran in that are registered in Uppföljning Finsam: they lock its Uppföljning Finsam fields. */
  finsamRegisteredPeriods: { period: string; registeredAt: string }[];
}

/**
 * One intervention with everything about it: status history, goals with their follow-up for every
 * period that has figures or an assessment, budgets with share used, figures and notes per period.
 * Any member may read.
 */
export async function getIntervention(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { id: string },
): Promise<InterventionDetail> {
  const intervention = await getInterventionRecord(tx, tenantId, input.id);
  const ids = [intervention.id];
  const [history, localGroup, goals, budgets, figures, notes, finsamRegisteredPeriods] = await Promise.all([
    tx<StatusHistoryEntry[]>`
      select c.id::int as id, c.from_status as "fromStatus", c.to_status as "toStatus",
             to_char(c.effective_date, 'YYYY-MM-DD') as "effectiveDate", c.is_reopening as "isReopening", c.note,
             u.name as "changedByName", c.changed_at::text as "changedAt"
      from intervention_status_changes c left join users u on u.id = c.changed_by
      where c.tenant_id = ${tenantId} and c.intervention_id = ${intervention.id}
      order by c.id`,
    intervention.localGroupId === null
      ? Promise.resolve([])
      : tx<
          { name: string }[]
        >`select name from local_groups where tenant_id = ${tenantId} and id = ${intervention.localGroupId}`,
    selectGoals(tx, tenantId, ids),
    selectBudgets(tx, tenantId, ids),
    selectFigures(tx, tenantId, ids),
    selectNotes(tx, tenantId, ids),
    registeredPeriodsCovering(tx, tenantId, intervention),
  ]);
  const periodTexts = new Set<string>([
    ...figures.map((entry) => entry.period),
    ...notes.map((note) => note.period),
    ...goals.flatMap((goal) => goal.assessments.map((assessment) => assessment.period)),
  ]);
  const periods = [...periodTexts]
    .map((text) => ({ text, period: parsePeriod(text) as Period }))
    .sort((a, b) => comparePeriods(a.period, b.period));
  return {
    intervention,
    localGroupName: localGroup[0]?.name ?? null,
    statusHistory: history,
    goals: goals.map((goal) => ({
      ...goal,
      followUps: periods.map(({ text, period }) => ({
        period: text,
        followUp: followUpGoal(goal.goal, {
          period,
          figures: figures.find((entry) => entry.period === text)?.figures ?? null,
          assessment: goal.assessments.find((assessment) => assessment.period === text) ?? null,
        }),
      })),
    })),
    budgets: budgets.map((budget) => ({ ...budget, usage: budgetUsage(budget) })),
    figures,
    notes,
    periods: periods.map((entry) => entry.text),
    finsamRegisteredPeriods,
  };
}
