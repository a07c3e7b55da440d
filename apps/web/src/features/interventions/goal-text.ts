import { countMeasures, type Goal, type GoalFollowUp, shareMeasures } from '@samsyn/domain';
import type { TFunction } from 'i18next';

const integerFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const n = (value: number) => integerFormat.format(value);
const measureLabels = new Map<string, string>([
  ...countMeasures.map((measure) => [`count:${measure.id}`, measure.label] as const),
  ...shareMeasures.map((measure) => [`share:${measure.id}`, measure.label] as const),
]);

/** What a goal aims at, in words: "800 st (2019)", "Minst 40 %", or nothing for a qualitative goal. */
export function goalTargetText(t: TFunction, goal: Goal): string {
  if (goal.type === 'qualitative') return '';
  const base =
    goal.type === 'count'
      ? t('interventions.goals.targetCountValue', { target: n(goal.target) })
      : t('interventions.goals.targetShareValue', {
          comparison: t(`interventions.goals.comparisons.${goal.comparison}`),
          percent: goal.targetPercent,
        });
  const measure = measureLabels.get(`${goal.type}:${goal.measure}`) ?? '';
  const period = goal.period ? ` ${t('interventions.goals.periodSuffix', { period: goal.period })}` : '';
  return `${base}${period} – ${measure}`;
}

/** The computed (or entered) actual: "559 av 800 (70 %)", "64 % (7 av 11)", or a dash. */
export function goalActualText(t: TFunction, followUp: GoalFollowUp): string {
  if (followUp.type === 'count') {
    if (followUp.actual === null) return '–';
    return t('interventions.goals.actualCount', {
      actual: n(followUp.actual),
      target: n(followUp.target),
      percent: followUp.percentOfTarget ?? 0,
    });
  }
  if (followUp.type === 'share') {
    if (followUp.actual === null) return '–';
    return t('interventions.goals.actualShare', {
      percent: followUp.actualPercent ?? 0,
      numerator: n(followUp.actual.numerator),
      denominator: n(followUp.actual.denominator),
    });
  }
  return '';
}

/** How the goal stands: "Uppnått", "Inte uppnått ännu", "Delvis uppnått" … */
export function goalStatusText(t: TFunction, followUp: GoalFollowUp): string {
  return followUp.type === 'qualitative'
    ? t(`interventions.goals.qualitativeStatuses.${followUp.status}`)
    : t(`interventions.goals.measuredStatuses.${followUp.status}`);
}

/** The target as a follow-up carries it: "800 st", "Minst 40 %"; empty for a qualitative goal. */
export function followUpTargetText(t: TFunction, followUp: GoalFollowUp): string {
  if (followUp.type === 'count')
    return t('interventions.goals.targetCountValue', { target: n(followUp.target) });
  if (followUp.type === 'share')
    return t('interventions.goals.targetShareValue', {
      comparison: t(`interventions.goals.comparisons.${followUp.comparison}`),
      percent: followUp.targetPercent,
    });
  return '';
}
