import type { Goal } from '../interventions/goal.ts';
import type { CreateInterventionInput } from '../interventions/intervention.ts';
import type { InterventionBudget } from '../interventions/intervention-budget.ts';
import { type TargetGroupId, targetGroupIds } from '../interventions/target-groups.ts';
import type { ApplicationKind } from './application-enums.ts';
import { splitGrantOverYears } from './grant-split.ts';

/** Planned participants by gender, as the application's budget year states them. */
export interface PlannedParticipants {
  total: number;
  women: number;
  men: number;
  otherUnknown: number;
}

/** What "Skapa insats" reads of a granted application. */
export interface ApplicationForIntervention {
  title: string;
  kind: ApplicationKind;
  leadMemberId: string | null;
  partyMemberIds: readonly string[];
  localGroupId: string | null;
  targetGroupIds: readonly string[];
  targetGroupText: string;
  purpose: string;
  startDate: string | null;
  endDate: string | null;
  goals: readonly Goal[];
  budgetYears: readonly { year: number; requestedOre: number; planned: PlannedParticipants | null }[];
  grantedAmountOre: number;
  /** The agreement's commitment per year; empty when there is no agreement (the grant is split). */
  agreementYears: readonly { year: number; amountOre: number }[];
  decidedDate: string | null;
}

export interface InterventionFromApplication {
  intervention: CreateInterventionInput;
  goals: Goal[];
  budgets: InterventionBudget[];
}

const knownTargetGroups = new Set<string>(targetGroupIds);
/** The intervention's purpose holds 5 000 characters, an application's 10 000. */
const MAX_PURPOSE = 5000;

/**
 * "Skapa insats" (issue 22): the intervention a granted application becomes, nothing retyped. Name
 * = title; individual stays individual, structural and pre-study become structural (a pre-study
 * starts with status 'pre_study', the rest 'ongoing'); lead and parties (the lead not repeated
 * among them), local group, target groups, purpose and dates; goals as they are (the same goal
 * model); a budget per year = the agreement's commitment that year (or the grant split over the
 * years asked for), with the planned participants the application gave for that year.
 */
export function applicationToIntervention(
  application: ApplicationForIntervention,
): InterventionFromApplication {
  const partners = [...new Set(application.partyMemberIds)].filter((id) => id !== application.leadMemberId);
  const commitments =
    application.agreementYears.length > 0
      ? [...application.agreementYears].sort((a, b) => a.year - b.year)
      : splitGrantOverYears(
          application.grantedAmountOre,
          application.budgetYears,
          Number((application.startDate ?? application.decidedDate ?? '2000').slice(0, 4)),
        );
  const plannedOf = new Map(application.budgetYears.map((row) => [row.year, row.planned]));
  return {
    intervention: {
      name: Array.from(application.title).slice(0, 200).join(''),
      kind: application.kind === 'individual' ? 'individual' : 'structural',
      purpose: Array.from(application.purpose).slice(0, MAX_PURPOSE).join(''),
      targetGroupIds: [...new Set(application.targetGroupIds)].filter((id): id is TargetGroupId =>
        knownTargetGroups.has(id),
      ),
      targetGroupText: application.targetGroupText,
      methodTagIds: [],
      freeTags: [],
      leadOrganisation:
        application.leadMemberId === null
          ? { type: 'forbund' }
          : { type: 'member', memberId: application.leadMemberId },
      partnerMemberIds: partners,
      startDate: application.startDate,
      endDate: application.endDate,
      status: application.kind === 'preStudy' ? 'pre_study' : 'ongoing',
      participantRegistration: 'volume_only',
      localGroupId: application.localGroupId,
      isEsfFunded: false,
      followUpMethod: null,
      detailedDirection: '',
    },
    goals: application.goals.map((goal) => ({ ...goal })),
    budgets: commitments.map((row) => ({
      year: row.year,
      totalBudget: row.amountOre,
      spendToDate: 0,
      plannedParticipants: plannedOf.get(row.year) ?? null,
    })),
  };
}
