/**
 * Access rules of `applicationReports.*` (issue 22, applications for funds), spread into the main registry.
 * The victim's rows: support/victim-applications.ts.
 */
import type { AccessRule } from './access-registry.ts';

export const applicationReportsAccessRules: Record<string, AccessRule> = {};
