/**
 * An application's statuses (issue 22) and the transitions between them. The pipeline runs
 * expected → draft → received → formal check → under review → proposal, and the board's decision
 * ends it as granted or rejected; withdrawn ends it from any open status. Granted and rejected are
 * set only by a decision (`applicationDecision.*`), never by a plain transition.
 */
const openSteps = ['expected', 'draft', 'received', 'formalCheck', 'underReview', 'proposal'] as const;
const endings = ['granted', 'rejected', 'withdrawn'] as const;

export const applicationStatuses = [...openSteps, ...endings] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

/** Statuses still in the pipeline: a decision or a withdrawal is yet to come. */
export const openApplicationStatuses: readonly ApplicationStatus[] = openSteps;

/** Statuses that end the pipeline: nothing follows them. */
export const closedApplicationStatuses: readonly ApplicationStatus[] = endings;

/** Statuses a decision sets. */
export const decidedApplicationStatuses: readonly ApplicationStatus[] = ['granted', 'rejected'];

/**
 * From 'received' on, an application is a real request for money: the Finsam rule (at least two
 * member organisations, one of them the lead) and a local group's remaining budget are checked.
 */
export const submittedApplicationStatuses: readonly ApplicationStatus[] = [
  ...openSteps.slice(openSteps.indexOf('received')),
  ...decidedApplicationStatuses,
];

const transitions: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  expected: ['draft', 'received', 'withdrawn'],
  draft: ['received', 'withdrawn'],
  // Back to an earlier step when the applicant is asked for more.
  received: ['formalCheck', 'withdrawn'],
  formalCheck: ['underReview', 'received', 'withdrawn'],
  underReview: ['proposal', 'formalCheck', 'withdrawn'],
  proposal: ['underReview', 'withdrawn'],
  granted: [],
  rejected: [],
  withdrawn: [],
};

/** The statuses a plain transition (not a decision) may move an application to from `from`. */
export function nextApplicationStatuses(from: ApplicationStatus): readonly ApplicationStatus[] {
  return transitions[from];
}

export function canMoveApplication(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return transitions[from].includes(to);
}

/** A decision (granted/rejected) may be recorded on an application in review or proposed. */
export function canDecideApplication(from: ApplicationStatus): boolean {
  return from === 'underReview' || from === 'proposal';
}
