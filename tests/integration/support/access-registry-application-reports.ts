/**
 * Access rules of `applicationReports.*` (issue 22, applications for funds), spread into the main
 * registry. All are reads for viewers; the hostile calls name the victim's förbund and the year of
 * its granted application (200 000 kr committed in 2031), so a leak would show the victim's figures.
 * The victim's rows: support/victim-applications.ts.
 */
import type { AccessRule } from './access-registry.ts';

export const applicationReportsAccessRules: Record<string, AccessRule> = {
  'applicationReports.commitments': {
    access: 'tenant',
    minRole: 'viewer',
    input: () => ({ firstYear: 2031, yearCount: 1 }),
  },
  'applicationReports.granted': { access: 'tenant', minRole: 'viewer', input: () => ({ year: 2031 }) },
  'applicationReports.pipeline': { access: 'tenant', minRole: 'viewer', input: () => ({}) },
  'applicationReports.commitmentsAhead': {
    access: 'tenant',
    minRole: 'viewer',
    input: () => ({ fromYear: 2031 }),
  },
  'applicationReports.paymentsDue': { access: 'tenant', minRole: 'viewer', input: () => ({ days: 366 }) },
  'applicationReports.reportsOverdue': { access: 'tenant', minRole: 'viewer', input: () => ({}) },
};
