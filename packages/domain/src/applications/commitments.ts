import type { Budget, BudgetLine } from '../economy/budget.ts';
import type { Ore } from '../money/ore.ts';
import { subtractOre, sumOre } from '../money/ore-math.ts';
import type { ApplicationStatus } from './application-status.ts';
import { splitGrantOverYears } from './grant-split.ts';

/**
 * The budget's intervention funds against what the förbund has bound itself to (issue 22, point 6):
 * per year of a budget, the intervention-funds total, "varav beviljat" (the granted agreements'
 * commitments for the year), "tillgängligt för nya insatser" (the rest, negative when
 * over-committed), the pipeline beside it, and the budget's own printed "varav" lines compared
 * with their line and with the computed grant — Gävleborg's 2020 plan prints 10 800 + 4 470 tkr
 * under a line of 15 300 tkr, which Samsyn shows rather than corrects.
 */

/** An application still in the pipeline, as the commitments read it. */
export interface PipelineApplication {
  status: ApplicationStatus;
  /** For an expected application: the rough year and amount ("kan generera en projektansökan"). */
  expectedYear: number | null;
  expectedAmountOre: Ore | null;
  /** The review group's proposed amount (status proposal). */
  proposedAmountOre: Ore | null;
  /** The budget applied for, per year. */
  requested: readonly { year: number; requestedOre: Ore }[];
  /** Where a proposed amount goes when no yearly budget was applied for (the start year). */
  startYear: number | null;
}

export interface BudgetCommitmentsInput {
  budget: Budget;
  /** Every granted agreement's commitment per year (application_agreement_years). */
  agreementYears: readonly { year: number; amountOre: Ore }[];
  pipeline: readonly PipelineApplication[];
}

/** A printed "varav" breakdown of one intervention-funds line in one year. */
export interface PrintedOfWhich {
  lineCode: string;
  lineName: string;
  lineOre: Ore;
  parts: { code: string; name: string; amountOre: Ore }[];
  partsOre: Ore;
  /** The line minus its parts: 30 000 kr for Gävleborg 2020 (the parts are short of the line). */
  differenceOre: Ore;
}

/** A printed "varav beviljat" (a varav line coded `granted`) against the computed one. */
export interface PrintedGranted {
  lineCode: string;
  printedOre: Ore;
  computedOre: Ore;
  /** Printed minus computed; 0 when the budget agrees with the agreements. */
  differenceOre: Ore;
}

export interface YearCommitments {
  year: number;
  /** Sum of the budget's top-level lines of cost kind interventionFunds. */
  interventionFundsOre: Ore;
  /** Varav beviljat: the granted agreements' commitments for the year. */
  grantedOre: Ore;
  /** Tillgängligt för nya insatser: total − granted; negative means "överskridet". */
  availableOre: Ore;
  isOverCommitted: boolean;
  /** Expected in the pipeline: expected applications' amounts, and requested by draft…underReview. */
  expectedOre: Ore;
  /** Proposed by the review group (status proposal). */
  proposedOre: Ore;
  /** The printed breakdowns of the intervention-funds lines this year (only where every part is given). */
  printedOfWhich: PrintedOfWhich[];
  printedGranted: PrintedGranted[];
}

/** The varav line code that means "already granted" in the förbund's own budget. */
export const printedGrantedCode = 'granted';

/** Statuses whose requested budget counts as expected money (before the review group proposes). */
export const expectedPipelineStatuses: readonly ApplicationStatus[] = [
  'draft',
  'received',
  'formalCheck',
  'underReview',
];

const zero = 0 as Ore;

/** How much of one pipeline application falls on `year`, as expected and as proposed. */
export function pipelineAmountsIn(
  application: PipelineApplication,
  year: number,
): { expectedOre: Ore; proposedOre: Ore } {
  const requestedIn = () =>
    sumOre(application.requested.filter((row) => row.year === year).map((row) => row.requestedOre));
  if (application.status === 'expected') {
    if (application.expectedAmountOre !== null && application.expectedYear !== null)
      return {
        expectedOre: application.expectedYear === year ? application.expectedAmountOre : zero,
        proposedOre: zero,
      };
    return { expectedOre: requestedIn(), proposedOre: zero };
  }
  if (expectedPipelineStatuses.includes(application.status))
    return { expectedOre: requestedIn(), proposedOre: zero };
  if (application.status === 'proposal') {
    if (application.proposedAmountOre === null) return { expectedOre: zero, proposedOre: requestedIn() };
    const fallbackYear = application.startYear ?? application.requested[0]?.year ?? application.expectedYear;
    if (fallbackYear === null || fallbackYear === undefined) return { expectedOre: zero, proposedOre: zero };
    const split = splitGrantOverYears(application.proposedAmountOre, application.requested, fallbackYear);
    const inYear = split.find((row) => row.year === year);
    return { expectedOre: zero, proposedOre: (inYear?.amountOre ?? 0) as Ore };
  }
  return { expectedOre: zero, proposedOre: zero };
}

const isInterventionFunds = (line: BudgetLine) =>
  line.kind === 'cost' && line.costKind === 'interventionFunds';

/** Per year of the budget: intervention funds, varav beviljat, tillgängligt, the pipeline, the printed varav. */
export function budgetCommitments(input: BudgetCommitmentsInput): YearCommitments[] {
  const fundLines = input.budget.lines.filter(isInterventionFunds);
  return input.budget.years.map((year, yearIndex) => {
    const interventionFundsOre = sumOre(fundLines.map((line) => (line.amounts[yearIndex] ?? 0) as Ore));
    const grantedOre = sumOre(
      input.agreementYears.filter((row) => row.year === year).map((row) => row.amountOre),
    );
    const availableOre = subtractOre(interventionFundsOre, grantedOre);
    const inPipeline = input.pipeline.map((application) => pipelineAmountsIn(application, year));

    const printedOfWhich: PrintedOfWhich[] = [];
    const printedGranted: PrintedGranted[] = [];
    for (const line of fundLines) {
      const lineOre = (line.amounts[yearIndex] ?? 0) as Ore;
      const parts = (line.ofWhich ?? []).map((sub) => ({
        code: sub.code,
        name: sub.name,
        amountOre: sub.amounts[yearIndex] ?? null,
      }));
      const granted = parts.find((part) => part.code === printedGrantedCode);
      if (granted && granted.amountOre !== null)
        printedGranted.push({
          lineCode: line.code,
          printedOre: granted.amountOre,
          computedOre: grantedOre,
          differenceOre: subtractOre(granted.amountOre, grantedOre),
        });
      if (parts.length === 0 || parts.some((part) => part.amountOre === null)) continue;
      const given = parts as { code: string; name: string; amountOre: Ore }[];
      const partsOre = sumOre(given.map((part) => part.amountOre));
      printedOfWhich.push({
        lineCode: line.code,
        lineName: line.name,
        lineOre,
        parts: given,
        partsOre,
        differenceOre: subtractOre(lineOre, partsOre),
      });
    }

    return {
      year,
      interventionFundsOre,
      grantedOre,
      availableOre,
      isOverCommitted: availableOre < 0,
      expectedOre: sumOre(inPipeline.map((row) => row.expectedOre)),
      proposedOre: sumOre(inPipeline.map((row) => row.proposedOre)),
      printedOfWhich,
      printedGranted,
    };
  });
}
