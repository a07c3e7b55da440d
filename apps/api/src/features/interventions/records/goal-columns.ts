import type { Goal } from '@samsyn/domain';

/**
 * A goal as its columns hold it: the interventions' goals and the applications' (0025 gives
 * application_goals the interventions' columns and checks), read with `target::text`.
 */
export interface GoalColumns {
  type: Goal['type'];
  description: string;
  measure: string | null;
  target: string | null;
  targetPercent: number | null;
  comparison: 'at_least' | 'at_most' | null;
  goalPeriod: string | null;
}

/** Rebuilds the domain Goal from its columns (the table's check constraint guarantees the shape). */
export function goalOf(row: GoalColumns): Goal {
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
