/**
 * Access rules of `periodReports.* (issue 23: reports, sections, written texts, status)`, spread into the main registry.
 * The victim's rows: support/victim-period-reports.ts.
 */
import type { AccessRule } from './access-registry.ts';

export const periodReportsAccessRules: Record<string, AccessRule> = {};
