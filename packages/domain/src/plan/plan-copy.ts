import { planYearsText } from './plan.ts';

/**
 * "Kopiera till nästa period": a new draft with the whole structure of the plan (header, areas,
 * goals, indicators, activities, linked interventions), moved on by the plan's own length, so a
 * plan for 2020–2022 becomes one for 2023–2025 and a one-year plan for 2019 one for 2020.
 */

interface Years {
  firstYear: number;
  lastYear: number;
}

/** The period right after the plan's, as long as it. */
export function nextPeriodOf(plan: Years): Years & { shift: number } {
  const shift = plan.lastYear - plan.firstYear + 1;
  return { firstYear: plan.firstYear + shift, lastYear: plan.lastYear + shift, shift };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The copy's name: the old years in the name become the new ones, however the dash was written
 * ("Verksamhetsplan och budget 2020 - 2022" → "… 2023–2025"); a name without its years gets the
 * new ones after it ("Verksamhetsplan" → "Verksamhetsplan 2023–2025").
 */
export function copiedPlanName(name: string, from: Years, to: Years): string {
  const span = new RegExp(`${from.firstYear}\\s*[-–—]\\s*${from.lastYear}`);
  if (from.firstYear !== from.lastYear && span.test(name)) return name.replace(span, planYearsText(to));
  const single = new RegExp(`(?<!\\d)${escapeRegExp(String(from.firstYear))}(?!\\d)`);
  if (from.firstYear === from.lastYear && single.test(name)) return name.replace(single, planYearsText(to));
  return `${name} ${planYearsText(to)}`;
}

/** What the copy needs of a plan; the rest of the tree is carried over as it is. */
export interface CopyablePlan extends Years {
  name: string;
  goals: readonly { activities: readonly { year: number | null }[] }[];
}

/**
 * The plan for the next period: status draft (the verb stores it so), years and name moved on,
 * each activity's year moved by the same length (null stays "every year of the plan").
 */
export function copyPlanToNextPeriod<Plan extends CopyablePlan>(plan: Plan): Plan {
  const next = nextPeriodOf(plan);
  return {
    ...plan,
    name: copiedPlanName(plan.name, plan, next),
    firstYear: next.firstYear,
    lastYear: next.lastYear,
    goals: plan.goals.map((goal) => ({
      ...goal,
      activities: goal.activities.map((activity) => ({
        ...activity,
        year: activity.year === null ? null : activity.year + next.shift,
      })),
    })),
  };
}
