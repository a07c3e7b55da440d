import {
  type ComputedMeasure,
  computedMeasureDefinitions,
  type IndicatorComparison,
  type IndicatorSource,
  type IndicatorUnit,
} from '@samsyn/domain';

/**
 * The seeds' verksamhetsplaner as demo data (issue 20), in the shapes of 0020's tables: a plan's
 * header, optional areas, goals with indicators and activities, and the demo interventions each
 * goal is served by (by name, as the demo interventions are seeded).
 */

export type DemoPlanTenantSlug = 'gavleborg' | 'harnosand-timra' | 'insjoriket';

export interface DemoPlanIndicator {
  /** The plan's own wording of the indicator. */
  text: string;
  source: IndicatorSource;
  computedMeasure: ComputedMeasure | null;
  computedParams: Readonly<Record<string, unknown>>;
  /** A code of `nnsIndicators` (packages/domain/src/plan/nns-indicators.ts). */
  nnsIndicatorCode: string | null;
  comparison: IndicatorComparison;
  unit: IndicatorUnit;
  /** Exact decimal text ('20.00'), in the unit (a percent target of 20 % is '20.00'); null unless atLeast/atMost. */
  targetValue: string | null;
}

export interface DemoPlanActivity {
  text: string;
  responsible: string;
  /** The plan year; null: every year of the plan. */
  year: number | null;
}

export interface DemoPlanGoal {
  /** The plan's own numbering ('5.1'); empty when the document has none. */
  code: string;
  title: string;
  description: string;
  indicators: readonly DemoPlanIndicator[];
  activities: readonly DemoPlanActivity[];
  /** Names of the förbund's demo interventions that serve the goal. */
  interventionNames: readonly string[];
}

export interface DemoPlanArea {
  title: string;
  description: string;
  goals: readonly DemoPlanGoal[];
}

export interface DemoPlan {
  /** Stable slug for tests and the follow-up seed to find the plan. */
  key: string;
  tenantSlug: DemoPlanTenantSlug;
  name: string;
  firstYear: number;
  lastYear: number;
  adoptedOn: string;
  /** False when the seed gives no adoption date and `adoptedOn` is a demo estimate. */
  isAdoptedOnFromSeed: boolean;
  vision: string;
  purpose: string;
  /** In priority order. */
  targetGroups: readonly string[];
  directions: readonly string[];
  /** Areas with their goals, shown before the goals directly under the plan. */
  areas: readonly DemoPlanArea[];
  /** Goals directly under the plan (no area). */
  goals: readonly DemoPlanGoal[];
}

const indicatorBase = {
  computedMeasure: null,
  computedParams: {},
  nnsIndicatorCode: null,
  targetValue: null,
} as const;

/** Computed from Samsyn's own data by a named measure, against a target or last year. */
export const computedIndicator = (
  text: string,
  measure: ComputedMeasure,
  params: Readonly<Record<string, unknown>>,
  comparison: 'atLeast' | 'atMost' | 'betterThanLastYear',
  targetValue: string | null = null,
): DemoPlanIndicator => ({
  ...indicatorBase,
  text,
  source: 'computed',
  computedMeasure: measure,
  computedParams: params,
  comparison,
  unit: computedMeasureDefinitions[measure].unit,
  targetValue,
});

/** An NNS survey indicator by its code; NNS results are mean scores on the 1–10 scale. */
export const nnsIndicator = (
  text: string,
  code: string,
  comparison: 'atLeastNational' | 'betterThanLastYear',
): DemoPlanIndicator => ({
  ...indicatorBase,
  text,
  source: 'nns',
  nnsIndicatorCode: code,
  comparison,
  unit: 'score',
});

/** A value entered at follow-up against a target. */
export const enteredIndicator = (
  text: string,
  comparison: 'atLeast' | 'atMost',
  unit: 'percent' | 'count',
  targetValue: string,
): DemoPlanIndicator => ({ ...indicatorBase, text, source: 'entered', comparison, unit, targetValue });

/** No figure: the follow-up states whether it was met (an activity-like indicator). */
export const judgedIndicator = (text: string): DemoPlanIndicator => ({
  ...indicatorBase,
  text,
  source: 'entered',
  comparison: 'judged',
  unit: 'none',
});

export const activity = (text: string, responsible = '', year: number | null = null): DemoPlanActivity => ({
  text,
  responsible,
  year,
});
