import type { ApplicationStatus } from '@samsyn/domain';

export interface AgreementSectionProps {
  applicationId: string;
  status: ApplicationStatus;
}

/**
 * On the application page of a granted application: the agreement (signed, closed), its
 * commitment per year, payment plan and report deadlines; the final payment waits for the
 * approved final report. Built by the agreements part of issue 22.
 */
export function AgreementSection(_props: AgreementSectionProps) {
  return null;
}
