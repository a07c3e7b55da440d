import type { ApplicationStatus } from '@samsyn/domain';

export interface ReviewSectionProps {
  applicationId: string;
  status: ApplicationStatus;
}

/**
 * On the application page: the formal check (the förbund's checklist answered yes/no with a
 * comment) and the reviews (each reviewer declares jäv or none first; only with none the opinion,
 * recommendation and scores). Built by the review part of issue 22.
 */
export function ReviewSection(_props: ReviewSectionProps) {
  return null;
}
