import type { GoalFollowUp } from '../../interventions/goal-follow-up.ts';
import { exactValue, type MeasureResult } from '../exact-value.ts';

/** How one intervention stands against all its goals for the period. */
export type InterventionGoalsStanding = 'met' | 'notMet' | 'notMeasured' | 'noGoals';

/**
 * Not judged yet: no figures, "mäts under hösten", or a target for a longer period that is not
 * reached yet while that period runs (559 of 800 cases at half-time is progress, not a miss).
 */
const unmeasured = new Set<GoalFollowUp['status']>(['no_figures', 'not_measured_yet', 'not_yet_met']);

/**
 * An intervention meets its goals when every goal is met. One goal missed or partly met is enough
 * to fail; with none failed but some not judged yet it is not measured, rather than counted either
 * way.
 */
export function interventionGoalsStanding(
  goals: readonly Pick<GoalFollowUp, 'status'>[],
): InterventionGoalsStanding {
  if (goals.length === 0) return 'noGoals';
  if (goals.some((goal) => goal.status !== 'met' && !unmeasured.has(goal.status))) return 'notMet';
  return goals.every((goal) => goal.status === 'met') ? 'met' : 'notMeasured';
}

/**
 * "Förbundsfinansierade insatser ska uppnå angivna mål": of the förbund's interventions that ran in
 * the period and are not archived (the caller's selection, as the goals-and-results report makes it),
 * the share whose goals are all met, followed up with the interventions' own rule (`followUpGoal`).
 * Interventions without goals, or not measured, are left out of both parts (the basis says how
 * many were counted). Nothing counted: `noGoals` when no intervention has goals, else `noFigures`.
 */
export function interventionsMeetingGoalsShare(
  interventions: readonly { goals: readonly Pick<GoalFollowUp, 'status'>[] }[],
): MeasureResult {
  const standings = interventions.map((intervention) => interventionGoalsStanding(intervention.goals));
  const met = standings.filter((standing) => standing === 'met').length;
  const counted = met + standings.filter((standing) => standing === 'notMet').length;
  if (counted === 0) {
    const hasGoals = standings.some((standing) => standing !== 'noGoals');
    return { kind: 'notMeasured', reason: hasGoals ? 'noFigures' : 'noGoals' };
  }
  return {
    kind: 'measured',
    value: exactValue(met, counted),
    basis: { part: met, whole: counted, unit: 'count' },
  };
}
