import type { Block } from '../blocks.ts';
import type { SourceResult } from '../document.ts';
import {
  boldParagraph,
  bulletList,
  heading,
  ok,
  oneLine,
  textParagraphs,
  unavailable,
} from './content-format.ts';
import { indicatorTargetText } from './plan-follow-up.ts';
import { noPlanReason, type ReportPlanGoal, type ReportPlanInput } from './plan-input.ts';

/** "5.1 Våra insatser leder till …": the code before the title when the plan numbers its goals. */
const goalName = (goal: ReportPlanGoal) => (goal.code ? `${goal.code} ${goal.title}` : goal.title);

function goalBlocks(goal: ReportPlanGoal, level: 1 | 2, firstYear: number): Block[] {
  const name = goalName(goal);
  const blocks: Block[] = [heading(level, name), ...textParagraphs(goal.description)];
  // The activities of the plan's first year (and those of every year): what the plan sets out to do.
  const activities = goal.activities.filter(
    (activity) => activity.year === null || activity.year === firstYear,
  );
  if (activities.length > 0)
    blocks.push(boldParagraph('Aktiviteter'), bulletList(activities.map((activity) => activity.text)));
  if (goal.indicators.length > 0)
    blocks.push({
      type: 'table',
      caption: `Indikatorer för mål ${goal.code || goal.title}`,
      columns: [
        { label: 'Indikator', align: 'left' },
        { label: 'Målvärde', align: 'left' },
      ],
      rows: goal.indicators.map((indicator) => ({
        cells: [
          oneLine(indicator.text),
          indicatorTargetText({
            comparison: indicator.comparison,
            unit: indicator.unit,
            target: indicator.targetValue,
          }),
        ],
      })),
    });
  return blocks;
}

/**
 * The plan's §5 Mål: each goal with its description, the activities planned and its indicators with
 * their targets; a plan with areas groups its goals under the areas' headings.
 */
export function planGoalsSection(plan: ReportPlanInput | null, year: number): SourceResult {
  if (!plan) return unavailable(noPlanReason(year));
  if (plan.goals.length === 0)
    return unavailable(
      `${plan.name} har inga mål ännu. Lägg till målen och deras indikatorer under Verksamhetsplan.`,
    );
  const blocks: Block[] = plan.goals
    .filter((goal) => goal.areaId === null)
    .flatMap((goal) => goalBlocks(goal, 1, plan.firstYear));
  for (const area of plan.areas) {
    const goals = plan.goals.filter((goal) => goal.areaId === area.id);
    if (goals.length === 0) continue;
    blocks.push(heading(1, area.title), ...textParagraphs(area.description));
    blocks.push(...goals.flatMap((goal) => goalBlocks(goal, 2, plan.firstYear)));
  }
  return ok(blocks);
}
