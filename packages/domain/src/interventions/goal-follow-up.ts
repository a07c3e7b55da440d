import type { Goal, GoalAssessment, QualitativeStatus } from './goal.ts';
import { computeCountMeasure, computeShareMeasure } from './goal-measures.ts';
import type { ParticipantFigures } from './participant-figures.ts';
import { endsBefore, type Period, parsePeriod } from './period.ts';
import { isShareAtLeastPercent, isShareAtMostPercent, roundedPercent, type Share, shareOf } from './share.ts';

/**
 * How a measurable goal stands: met; not met at the end of its period; not yet met while its period
 * runs (559 of 800 cases at half-time); or no figures to judge by.
 */
export type MeasuredStatus = 'met' | 'not_met' | 'not_yet_met' | 'no_figures';

export type GoalFollowUp =
  | {
      type: 'count';
      target: number;
      actual: number | null;
      /** actual / target, exact; percentOfTarget is it rounded half up (559/800 → 70). */
      shareOfTarget: Share | null;
      percentOfTarget: number | null;
      status: MeasuredStatus;
      comment: string;
    }
  | {
      type: 'share';
      targetPercent: number;
      comparison: 'at_least' | 'at_most';
      /** The exact share (6 of 11); actualPercent is it rounded half up (55). */
      actual: Share | null;
      actualPercent: number | null;
      status: MeasuredStatus;
      comment: string;
    }
  | { type: 'qualitative'; status: QualitativeStatus; comment: string };

/**
 * Follows a goal up for one period: computes the actual from that period's figures (aggregated by
 * the caller, e.g. with `aggregateParticipantFigures`) and compares it with the target. Pure;
 * callable by anyone who may read the intervention.
 */
export function followUpGoal(
  goal: Goal,
  followUp: { period: Period; figures: ParticipantFigures | null; assessment?: GoalAssessment | null },
): GoalFollowUp {
  const comment = followUp.assessment?.comment ?? '';
  if (goal.type === 'qualitative') {
    return { type: 'qualitative', status: followUp.assessment?.status ?? 'not_measured_yet', comment };
  }
  const goalPeriod = goal.period === null ? null : parsePeriod(goal.period);
  const isFinal = goalPeriod === null || !endsBefore(followUp.period, goalPeriod);
  const judge = (isMet: boolean | null): MeasuredStatus =>
    isMet === null ? 'no_figures' : isMet ? 'met' : isFinal ? 'not_met' : 'not_yet_met';

  if (goal.type === 'count') {
    const actual =
      goal.measure === 'entered'
        ? (followUp.assessment?.enteredActual ?? null)
        : computeCountMeasure(goal.measure, followUp.figures);
    const shareOfTarget = actual === null ? null : shareOf(actual, goal.target);
    return {
      type: 'count',
      target: goal.target,
      actual,
      shareOfTarget,
      percentOfTarget: shareOfTarget && roundedPercent(shareOfTarget),
      status: judge(actual === null ? null : actual >= goal.target),
      comment,
    };
  }

  const actual = computeShareMeasure(goal.measure, followUp.figures);
  const isMet =
    actual === null
      ? null
      : goal.comparison === 'at_least'
        ? isShareAtLeastPercent(actual, goal.targetPercent)
        : isShareAtMostPercent(actual, goal.targetPercent);
  return {
    type: 'share',
    targetPercent: goal.targetPercent,
    comparison: goal.comparison,
    actual,
    actualPercent: actual && roundedPercent(actual),
    status: judge(isMet),
    comment,
  };
}
