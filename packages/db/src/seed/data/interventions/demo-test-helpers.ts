import {
  createInterventionSchema,
  interventionBudgetSchema,
  type Period,
  parsePeriod,
  type ReportIntervention,
  validateParticipantFigures,
} from '@samsyn/domain';
import { demoInterventionInput } from './demo-interventions.ts';
import { type DemoForbundInterventions, type DemoMemberName, demoMemberNames } from './demo-types.ts';

/** Deterministic member ids for tests: member n gets …-0000000000nn. */
const demoMemberIds = new Map<DemoMemberName, string>(
  demoMemberNames.map((name, index) => [
    name,
    `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
  ]),
);
export const demoMemberNamesById = new Map([...demoMemberIds].map(([name, id]) => [id, name as string]));

/** Builds the report input for a demo förbund's period the way the API verb will, from validated rows. */
export function demoReportInterventions(demo: DemoForbundInterventions): {
  period: Period;
  interventions: ReportIntervention[];
} {
  const period = parsePeriod(demo.period);
  if (!period) throw new Error(`bad demo period ${demo.period}`);
  const localGroupIds = new Map(
    demo.localGroups.map((group, index) => [
      group.key,
      `10000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
    ]),
  );
  const interventions = demo.interventions.map((item, index): ReportIntervention => {
    const fields = createInterventionSchema.parse(demoInterventionInput(item, demoMemberIds, localGroupIds));
    const figures = item.figures.find((entry) => entry.period === demo.period);
    const checked = figures ? validateParticipantFigures(figures.figures, item.kind) : null;
    if (checked && !checked.ok) throw new Error(`${item.key}: ${JSON.stringify(checked.problems)}`);
    const budget = item.budgets.find((entry) => entry.year === period.year);
    return {
      intervention: { id: `20000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`, ...fields },
      goals: item.goals.map(({ goal, assessment }) => ({ goal, assessment })),
      figures: checked?.ok ? checked.value : null,
      budget: budget ? interventionBudgetSchema.parse(budget) : null,
      note: item.notes.find((note) => note.period === demo.period) ?? null,
    };
  });
  return { period, interventions };
}
