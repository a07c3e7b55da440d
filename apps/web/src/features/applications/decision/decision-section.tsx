import type { ApplicationStatus } from '@samsyn/domain';

export interface DecisionSectionProps {
  applicationId: string;
  status: ApplicationStatus;
}

/**
 * On the application page: the way to the board (put on a meeting's agenda), the decision as the
 * board recorded it (outcome, amount, meeting, §), an admin's record of a decision taken before
 * Samsyn, and "Skapa insats". Built by the decision part of issue 22.
 */
export function DecisionSection(_props: DecisionSectionProps) {
  return null;
}
