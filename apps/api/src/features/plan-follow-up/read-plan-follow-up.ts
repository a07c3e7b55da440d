import {
  type ActivityStatus,
  countStatuses,
  type ExactValue,
  exactInUnit,
  type FollowUpStatus,
  followUpYear,
  goalStatus,
  indicatorStatus,
  isPeriodInPlan,
  type MeasureBasis,
  type NotMeasuredReason,
  planFollowUpPeriods,
  type StatusCounts,
  throwIfProblems,
} from '@samsyn/domain';
import { type NnsResultRow, readNnsResults } from '../nns/read-nns-results.ts';
import type { TenantCtx } from '../verb-context.ts';
import {
  type FollowUpPlan,
  getFollowUpPlan,
  type IndicatorFollowUpRow,
  type IndicatorRow,
  selectActivities,
  selectActivityFollowUps,
  selectGoalFollowUps,
  selectGoals,
  selectIndicatorFollowUps,
  selectIndicators,
} from './follow-up-rows.ts';
import { readComputedValue } from './measure-sources.ts';

/** Why an indicator has no value for the period: a computed measure's reason or one of the follow-up's own. */
export type ActualMissingReason =
  | NotMeasuredReason
  | 'paramsInvalid'
  | 'nnsNoResult'
  | 'nnsTooFew'
  | 'notEntered'
  | 'judged';

/** The period's value of an indicator, with what it is compared with. Percent values are shares of 1. */
export type IndicatorActual =
  | {
      kind: 'measured';
      value: ExactValue;
      /** computed: what the share was computed from */
      basis: MeasureBasis | null;
      /** nns: the number of answers */
      n: number | null;
      lastYear: ExactValue | null;
      national: ExactValue | null;
    }
  | {
      kind: 'notMeasured';
      reason: ActualMissingReason;
      n: number | null;
      lastYear: ExactValue | null;
      national: ExactValue | null;
    };

export interface IndicatorFollowUpView extends Omit<IndicatorRow, 'computedParams' | 'goalId'> {
  actual: IndicatorActual;
  status: FollowUpStatus;
  enteredValue: string | null;
  statedStatus: FollowUpStatus | null;
  comment: string;
  /** The follow-up row's version for the next save; null when none is saved for the period. */
  version: number | null;
}

export interface ActivityFollowUpView {
  id: string;
  text: string;
  responsible: string;
  year: number | null;
  status: ActivityStatus | null;
  comment: string;
  version: number | null;
}

export interface GoalFollowUpView {
  id: string;
  code: string;
  title: string;
  areaTitle: string | null;
  status: FollowUpStatus;
  indicators: IndicatorFollowUpView[];
  activities: ActivityFollowUpView[];
  summary: { comment: string; version: number | null };
}

/** A plan's follow-up for one period: what the page shows and the half-year and annual reports quote. */
export interface PlanFollowUp {
  plan: FollowUpPlan;
  period: string;
  /** The periods the plan can be followed up for, in order. */
  periods: string[];
  goals: GoalFollowUpView[];
  /** The goal-fulfilment summary: how many goals (and indicators) stand at each status. */
  summary: { goals: StatusCounts; indicators: StatusCounts };
}

/** The same kind of period one year earlier ('2019-H1' → '2018-H1'). */
const periodBefore = (period: string) => `${followUpYear(period) - 1}${period.slice(4)}`;

const NNS_MIN_ANSWERS = 5;

/**
 * Reads a plan's follow-up for a period: per goal its indicators with target, actual (computed
 * from Samsyn's data, the NNS results of the period's year, or the entered value), status and
 * comment, the activities of the period's year with their status, the goal's summary, and the
 * goal-fulfilment counts. Any member of the förbund; scoped to it. This is the link point of
 * the half-year and annual reports (issue 23). NOT_FOUND for another förbund's plan; a period
 * outside the plan's years is refused on the field.
 */
export async function readPlanFollowUp(
  ctx: TenantCtx,
  input: { planId: string; period: string },
): Promise<PlanFollowUp> {
  const { tx, tenant } = ctx;
  const plan = await getFollowUpPlan(tx, tenant.id, input.planId);
  throwIfProblems(
    'planFollowUp.invalid',
    isPeriodInPlan(input.period, plan) ? [] : [{ key: 'planFollowUp.periodOutsidePlan', path: ['period'] }],
  );
  const year = followUpYear(input.period);
  const before = periodBefore(input.period);
  const [goals, indicators, activities, indicatorRows, activityRows, goalRows] = await Promise.all([
    selectGoals(tx, tenant.id, plan.id),
    selectIndicators(tx, tenant.id, plan.id),
    selectActivities(tx, tenant.id, plan.id, year),
    selectIndicatorFollowUps(tx, tenant.id, plan.id, [input.period, before]),
    selectActivityFollowUps(tx, tenant.id, plan.id, input.period),
    selectGoalFollowUps(tx, tenant.id, plan.id, input.period),
  ]);
  const nnsCodes = [...new Set(indicators.flatMap((i) => (i.nnsIndicatorCode ? [i.nnsIndicatorCode] : [])))];
  const nns =
    nnsCodes.length === 0 ? [] : await readNnsResults(ctx, { years: [year, year - 1], codes: nnsCodes });
  const followUpOf = (indicatorId: string, period: string) =>
    indicatorRows.find((row) => row.indicatorId === indicatorId && row.period === period);

  const views = new Map<string, IndicatorFollowUpView>();
  for (const indicator of indicators) {
    const saved = followUpOf(indicator.id, input.period);
    const actual = await actualOf(ctx, indicator, input.period, {
      saved,
      savedBefore: followUpOf(indicator.id, before),
      nns,
    });
    const { computedParams: _params, goalId: _goal, ...definition } = indicator;
    views.set(indicator.id, {
      ...definition,
      actual,
      status: indicatorStatus({
        comparison: indicator.comparison,
        unit: indicator.unit,
        target: indicator.target,
        value: actual.kind === 'measured' ? actual.value : null,
        lastYear: actual.lastYear,
        national: actual.national,
        stated: saved?.statedStatus ?? null,
      }),
      enteredValue: saved?.enteredValue ?? null,
      statedStatus: saved?.statedStatus ?? null,
      comment: saved?.comment ?? '',
      version: saved?.version ?? null,
    });
  }

  const goalViews: GoalFollowUpView[] = goals.map((goal) => {
    const ofGoal = indicators.filter((i) => i.goalId === goal.id).flatMap((i) => views.get(i.id) ?? []);
    const summary = goalRows.find((row) => row.goalId === goal.id);
    return {
      ...goal,
      status: goalStatus(ofGoal.map((indicator) => indicator.status)),
      indicators: ofGoal,
      activities: activities
        .filter((activity) => activity.goalId === goal.id)
        .map(({ goalId: _goal, ...activity }) => {
          const row = activityRows.find((entry) => entry.activityId === activity.id);
          return {
            ...activity,
            status: (row?.status as ActivityStatus | undefined) ?? null,
            comment: row?.comment ?? '',
            version: row?.version ?? null,
          };
        }),
      summary: { comment: summary?.comment ?? '', version: summary?.version ?? null },
    };
  });
  return {
    plan,
    period: input.period,
    periods: planFollowUpPeriods(plan.firstYear, plan.lastYear),
    goals: goalViews,
    summary: {
      goals: countStatuses(goalViews.map((goal) => goal.status)),
      indicators: countStatuses([...views.values()].map((indicator) => indicator.status)),
    },
  };
}

/** `verb(ctx, input)` of `planFollowUp.get`. */
export const getPlanFollowUp = readPlanFollowUp;

async function actualOf(
  ctx: TenantCtx,
  indicator: IndicatorRow,
  period: string,
  known: {
    saved: IndicatorFollowUpRow | undefined;
    savedBefore: IndicatorFollowUpRow | undefined;
    nns: NnsResultRow[];
  },
): Promise<IndicatorActual> {
  const none = { n: null, lastYear: null, national: null };
  if (indicator.comparison === 'judged') return { kind: 'notMeasured', reason: 'judged', ...none };
  const wantsLastYear = indicator.comparison === 'betterThanLastYear';
  switch (indicator.source) {
    case 'computed': {
      const read = (of: string) =>
        readComputedValue(ctx, {
          measure: indicator.computedMeasure ?? '',
          params: indicator.computedParams,
          period: of,
        });
      const result = await read(period);
      const lastYearResult = wantsLastYear ? await read(periodBefore(period)) : null;
      const lastYear = lastYearResult?.kind === 'measured' ? lastYearResult.value : null;
      return result.kind === 'measured'
        ? { kind: 'measured', value: result.value, basis: result.basis, n: null, lastYear, national: null }
        : { kind: 'notMeasured', reason: result.reason, n: null, lastYear, national: null };
    }
    case 'nns': {
      const year = followUpYear(period);
      const of = (y: number) =>
        known.nns.find(
          (row) =>
            row.indicatorCode === indicator.nnsIndicatorCode && row.year === y && row.scope === 'forbund',
        );
      const usable = (row: NnsResultRow | undefined) =>
        row && row.n >= NNS_MIN_ANSWERS ? exactInUnit(row.value, indicator.unit) : null;
      const current = of(year);
      const lastYear = usable(of(year - 1));
      const national = current?.nationalValue ? exactInUnit(current.nationalValue, indicator.unit) : null;
      const n = current?.n ?? null;
      if (!current) return { kind: 'notMeasured', reason: 'nnsNoResult', n, lastYear, national };
      const value = usable(current);
      // n < 5 is shown as "..", never as a value: not measured.
      if (!value) return { kind: 'notMeasured', reason: 'nnsTooFew', n, lastYear, national };
      return { kind: 'measured', value, basis: null, n, lastYear, national };
    }
    case 'entered': {
      const entered = known.saved?.enteredValue ?? null;
      const before = known.savedBefore?.enteredValue ?? null;
      const lastYear = wantsLastYear && before !== null ? exactInUnit(before, indicator.unit) : null;
      return entered === null
        ? { kind: 'notMeasured', reason: 'notEntered', ...none, lastYear }
        : { kind: 'measured', value: exactInUnit(entered, indicator.unit), basis: null, ...none, lastYear };
    }
  }
}
