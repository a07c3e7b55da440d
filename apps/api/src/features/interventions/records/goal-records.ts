import type { TransactionSql } from '@samsyn/db';
import type { Goal, GoalAssessment } from '@samsyn/domain';
import { type GoalColumns, goalOf } from './goal-columns.ts';

export interface GoalRecord {
  id: string;
  interventionId: string;
  position: number;
  goal: Goal;
  isDemoEstimate: boolean;
  version: number;
  assessments: (GoalAssessment & { period: string; version: number })[];
}

interface GoalRow extends GoalColumns {
  id: string;
  interventionId: string;
  position: number;
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
