import type { DemoPlan, DemoPlanGoal } from './demo-plan-types.ts';
import { gavleborgPlan2019 } from './gavleborg-2019.ts';
import { gavleborgPlan2020_2022 } from './gavleborg-2020-2022.ts';
import { harnosandTimraPlan2016_2018 } from './harnosand-timra-2016-2018.ts';
import { insjoriketPlan2020 } from './insjoriket-2020.ts';

/**
 * The seeds' verksamhetsplaner for the demo förbund, all adopted: Gävleborg's 2019 (from the
 * half-year report) and 2020–2022, Härnösand-Timrå's 2016–2018 and Insjöriket's 2020.
 */
export const demoPlans: readonly DemoPlan[] = [
  gavleborgPlan2019,
  gavleborgPlan2020_2022,
  harnosandTimraPlan2016_2018,
  insjoriketPlan2020,
];

/** A plan's goals in the order the plan shows them: the areas' goals, then those directly under it. */
export const goalsOf = (plan: DemoPlan): DemoPlanGoal[] => [
  ...plan.areas.flatMap((area) => area.goals),
  ...plan.goals,
];
