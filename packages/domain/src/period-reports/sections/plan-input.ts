/**
 * The verksamhetsplan as the plan's generated sections read it (`readPlanTree`'s shape, as far as
 * the document prints it); null when no plan covers the report's period.
 */
export interface ReportPlanInput {
  name: string;
  firstYear: number;
  lastYear: number;
  vision: string;
  targetGroups: readonly string[];
  directions: readonly string[];
  areas: readonly { id: string; title: string; description: string }[];
  goals: readonly ReportPlanGoal[];
}

export interface ReportPlanGoal {
  areaId: string | null;
  code: string;
  title: string;
  description: string;
  indicators: readonly {
    text: string;
    comparison: 'atLeast' | 'atMost' | 'betterThanLastYear' | 'atLeastNational' | 'judged';
    unit: 'percent' | 'count' | 'score' | 'none';
    targetValue: string | null;
  }[];
  activities: readonly { text: string; year: number | null }[];
}

/** "Registrera förbundets verksamhetsplan …": what a plan section says without a plan. */
export const noPlanReason = (year: number): string =>
  `Ingen verksamhetsplan omfattar ${year}. Registrera förbundets verksamhetsplan under Verksamhetsplan, eller välj planen i rapportens uppgifter.`;
