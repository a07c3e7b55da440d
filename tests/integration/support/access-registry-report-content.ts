/**
 * Access rules of `reportContent.*` (issue 23: a report as a document, live or adopted), spread into
 * the main registry. The hostile calls name the victim's draft and adopted reports and a section of
 * the draft (support/victim-period-reports.ts); a leak would show the victim's texts.
 */
import type { AccessRule } from './access-registry.ts';

export const reportContentAccessRules: Record<string, AccessRule> = {
  'reportContent.document': {
    access: 'tenant',
    minRole: 'viewer',
    input: (v) => ({ reportId: v.periodReportIds[1], version: 'adopted' }),
  },
  'reportContent.section': {
    access: 'tenant',
    minRole: 'viewer',
    input: (v) => ({ reportId: v.periodReportIds[0], sectionId: v.periodReportSectionIds[0] }),
  },
};
