import type { Goal, GoalAssessment } from './goal.ts';
import { followUpGoal, type GoalFollowUp } from './goal-follow-up.ts';
import {
  type Intervention,
  type InterventionKind,
  isInterventionActiveBetween,
  type LeadOrganisation,
  type ParticipantRegistration,
} from './intervention.ts';
import { type BudgetUsage, budgetUsage, type InterventionBudget } from './intervention-budget.ts';
import type { InterventionStatus } from './intervention-status.ts';
import { methodTagLabel } from './method-tags.ts';
import type { ParticipantFigures } from './participant-figures.ts';
import { type Period, periodEndDate, periodStartDate } from './period.ts';
import type { PeriodNote } from './period-note.ts';
import { compareReportOrder } from './report-order.ts';
import { targetGroupLabel } from './target-groups.ts';

/** Everything the report needs about one intervention for the period, as the verb loads it. */
export interface ReportIntervention {
  intervention: Intervention;
  goals: readonly { goal: Goal; assessment: GoalAssessment | null }[];
  /** The period's figures, already aggregated to the period (null: none reported). */
  figures: ParticipantFigures | null;
  /** The budget of the period's year (null: none set). */
  budget: InterventionBudget | null;
  note: Pick<PeriodNote, 'resultsText' | 'comment'> | null;
}

export interface ResultsReportInput {
  period: Period;
  /** Shown as lead organisation when the förbund itself leads ("Samordningsförbund Gävleborg"). */
  forbundName: string;
  /** Member id → member name, for lead organisation and partners. */
  memberNames: ReadonlyMap<string, string>;
  interventions: readonly ReportIntervention[];
}

export interface ResultsReportGoal {
  description: string;
  followUp: GoalFollowUp;
}

/** One intervention's entry in "Mål och resultat av insatser": the fields of Bilaga 1, with computed figures. */
export interface ResultsReportRow {
  interventionId: string;
  name: string;
  kind: InterventionKind;
  status: InterventionStatus;
  purpose: string;
  goals: ResultsReportGoal[];
  participantRegistration: ParticipantRegistration;
  targetGroup: { labels: string[]; text: string };
  methods: string[];
  /** Öre; null when no budget is set for the year. */
  totalBudget: number | null;
  spend: number | null;
  budgetUsage: BudgetUsage | null;
  leadOrganisation: string;
  partners: string[];
  figures: ParticipantFigures | null;
  resultsText: string;
  comment: string;
}

/**
 * Shapes "Mål och resultat av insatser" for a period: one row per intervention that ran in it
 * (unknown dates count as running), goals followed up with the period's figures, individual-level
 * first, then structural, each by Swedish name order. Pure; the verb loads and scopes the data to
 * one förbund, and anyone who may read the förbund's interventions may see the result.
 */
export function resultsReport(input: ResultsReportInput): ResultsReportRow[] {
  const from = periodStartDate(input.period);
  const to = periodEndDate(input.period);
  const memberName = (id: string) => input.memberNames.get(id) ?? id;
  const leadName = (lead: LeadOrganisation) =>
    lead.type === 'forbund' ? input.forbundName : memberName(lead.memberId);

  return input.interventions
    .filter(({ intervention }) => isInterventionActiveBetween(intervention, from, to))
    .map(({ intervention, goals, figures, budget, note }) => ({
      interventionId: intervention.id,
      name: intervention.name,
      kind: intervention.kind,
      status: intervention.status,
      purpose: intervention.purpose,
      goals: goals.map(({ goal, assessment }) => ({
        description: goal.description,
        followUp: followUpGoal(goal, { period: input.period, figures, assessment }),
      })),
      participantRegistration: intervention.participantRegistration,
      targetGroup: {
        labels: intervention.targetGroupIds.map(targetGroupLabel),
        text: intervention.targetGroupText,
      },
      methods: [...intervention.methodTagIds.map(methodTagLabel), ...intervention.freeTags],
      totalBudget: budget?.totalBudget ?? null,
      spend: budget?.spendToDate ?? null,
      budgetUsage: budget ? budgetUsage(budget) : null,
      leadOrganisation: leadName(intervention.leadOrganisation),
      partners: intervention.partnerMemberIds.map(memberName),
      figures,
      resultsText: note?.resultsText ?? '',
      comment: note?.comment ?? '',
    }))
    .sort((a, b) => compareReportOrder({ ...a, id: a.interventionId }, { ...b, id: b.interventionId }));
}
