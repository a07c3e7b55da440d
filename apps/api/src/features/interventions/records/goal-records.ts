import type { TransactionSql } from '@samsyn/db';
import type { Goal, GoalAssessment } from '@samsyn/domain';

export interface GoalRecord {
  id: string;
  interventionId: string;
  position: number;
  goal: Goal;
  isDemoEstimate: boolean;
  version: number;
  assessments: (GoalAssessment & { period: string; version: number })[];
}

interface GoalRow {
  id: string;
  interventionId: string;
  position: number;
  type: Goal['type'];
  description: string;
  measure: string | null;
  target: string | null;
  targetPercent: number | null;
  comparison: 'at_least' | 'at_most' | null;
  goalPeriod: string | null;
  isDemoEstimate: boolean;
  version: number;
  assessments: {
    period: string;
    status: GoalAssessment['status'];
    enteredActual: number | null;
    comment: string;
    version: number;
  }[];
}

/** Rebuilds the domain Goal from its columns (the table's check constraint guarantees the shape). */
function goalOf(row: GoalRow): Goal {
  if (row.type === 'qualitative') return { type: 'qualitative', description: row.description };
  if (row.type === 'count') {
    return {
      type: 'count',
      description: row.description,
      measure: row.measure as Extract<Goal, { type: 'count' }>['measure'],
      target: Number(row.target),
      period: row.goalPeriod,
    };
  }
  return {
    type: 'share',
    description: row.description,
    measure: row.measure as Extract<Goal, { type: 'share' }>['measure'],
    targetPercent: row.targetPercent ?? 0,
    comparison: row.comparison ?? 'at_least',
    period: row.goalPeriod,
  };
}

/** Goals of the given interventions (all of the förbund's when null), each with its assessments by period. */
export async function selectGoals(
  tx: TransactionSql,
  tenantId: string,
  interventionIds: readonly string[] | null,
  goalId?: string,
): Promise<GoalRecord[]> {
  const rows = await tx<GoalRow[]>`
    select g.id, g.intervention_id as "interventionId", g.position, g.type, g.description, g.measure,
           g.target::text as target, g.target_percent as "targetPercent", g.comparison, g.goal_period as "goalPeriod",
           g.is_demo_estimate as "isDemoEstimate", g.version,
           coalesce((select json_agg(json_build_object('period', a.period, 'status', a.status,
                       'enteredActual', a.entered_actual, 'comment', a.comment, 'version', a.version) order by a.period)
                     from intervention_goal_assessments a where a.tenant_id = g.tenant_id and a.goal_id = g.id), '[]') as assessments
    from intervention_goals g
    where g.tenant_id = ${tenantId}
      ${interventionIds === null ? tx`` : tx`and g.intervention_id = any(${interventionIds as string[]}::uuid[])`}
      ${goalId === undefined ? tx`` : tx`and g.id = ${goalId}`}
    order by g.intervention_id, g.position, g.created_at, g.id`;
  return rows.map((row) => ({
    id: row.id,
    interventionId: row.interventionId,
    position: row.position,
    goal: goalOf(row),
    isDemoEstimate: row.isDemoEstimate,
    version: row.version,
    assessments: row.assessments.map((assessment) => ({
      ...assessment,
      enteredActual: assessment.enteredActual === null ? null : Number(assessment.enteredActual),
    })),
  }));
}
