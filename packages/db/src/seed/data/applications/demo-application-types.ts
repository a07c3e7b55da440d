import type {
  AgreementStatus,
  ApplicationKind,
  ApplicationStatus,
  Goal,
  GrantReportKind,
  PaymentKind,
  ReviewRecommendation,
  TargetGroupId,
} from '@samsyn/domain';
import type { DemoEstimateMark, DemoMemberName } from '../interventions/demo-types.ts';

/**
 * The seeds' applications for funds as demo data (issue 22), in the shapes of 0025's tables.
 * Members, local groups and interventions are referred to by name, board decisions by meeting key
 * and paragraph, so the data reads like the documents it comes from. Amounts are öre.
 */

export type DemoApplicationTenantSlug = 'gavleborg' | 'harnosand-timra';

/** One row of the application's history: the status it moved to, on which day, and why. */
export interface DemoStatusStep {
  to: ApplicationStatus;
  date: string;
  note?: string;
}

export interface DemoApplicationBudgetYear {
  year: number;
  requestedOre: number;
  ownContributionOre?: number;
}

export interface DemoPayment {
  kind: PaymentKind;
  dueDate: string;
  amountOre: number;
  paidDate: string | null;
  note?: string;
}

export interface DemoGrantReport {
  kind: GrantReportKind;
  dueDate: string;
  submittedDate: string | null;
  approvedDate: string | null;
  note?: string;
}

export interface DemoAgreement {
  status: AgreementStatus;
  signedDate: string | null;
  closedDate: string | null;
  note: string;
  /** The commitment per year; sums to the granted amount. */
  years: readonly { year: number; amountOre: number }[];
  payments: readonly DemoPayment[];
  reports: readonly DemoGrantReport[];
  isDemoEstimate: boolean;
}

/**
 * The decision on a granted (or rejected) application: taken before Samsyn (a date and an amount),
 * or the board's decision in the demo board (./../board/), found by its meeting and paragraph —
 * the board's loader links that item and decision to the application before approving the minutes.
 */
export interface DemoApplicationDecision {
  date: string;
  /** The granted amount; null when rejected. */
  grantedOre: number | null;
  board?: { meeting: string; paragraph: number };
}

/**
 * A reviewer's review: the jäv declaration first — with a conflict (its reason) nothing else — then
 * the opinion, recommendation and scores (in the criteria's order); submitted when dated.
 */
export interface DemoReview {
  /** The reviewer: a demo account, by email. */
  reviewer: string;
  declaredOn: string;
  conflict?: string;
  opinion?: string;
  recommendation?: ReviewRecommendation;
  recommendedOre?: number;
  scores?: readonly number[];
  submittedOn?: string;
}

export interface DemoApplication extends DemoEstimateMark {
  /** Stable slug for tests. */
  key: string;
  diaryNumber?: string;
  title: string;
  kind: ApplicationKind;
  /** Huvudsökande; null when the seed names nobody (an expected application). */
  lead: DemoMemberName | null;
  /** The other parties (samverkansparter). */
  parties: readonly DemoMemberName[];
  /** The local group (by name, e.g. 'Mysam Sandviken') whose own budget it draws on. */
  localGroup?: string;
  contact?: string;
  targetGroupIds?: readonly TargetGroupId[];
  targetGroupText?: string;
  need: string;
  purpose: string;
  collaboration: string;
  startDate: string | null;
  endDate: string | null;
  expected?: { year: number; amountOre: number };
  proposedOre?: number;
  goals: readonly Goal[];
  budgetYears: readonly DemoApplicationBudgetYear[];
  /** Every status it has had, in order; the first is its creation, the last its status now. */
  history: readonly DemoStatusStep[];
  decision?: DemoApplicationDecision;
  /** The intervention (by name) made from it. */
  intervention?: string;
  agreement?: DemoAgreement;
  /** The review group's reviews (illustrative throughout: the seeds name no reviewer). */
  reviews?: readonly DemoReview[];
}

export interface DemoCriterion {
  name: string;
  description: string;
  maxScore: number;
}

export interface DemoForbundApplications {
  tenantSlug: DemoApplicationTenantSlug;
  /** The formal checklist, in order. */
  checklist: readonly string[];
  criteria: readonly DemoCriterion[];
  applications: readonly DemoApplication[];
}

/** öre from whole kronor. */
export const kr = (kronor: number): number => kronor * 100;
