/**
 * Access rules of `tenantLogo.* (issue 23: the förbund's logo for its documents)`, spread into the main registry.
 * The victim's rows: support/victim-period-reports.ts.
 */
import type { AccessRule } from './access-registry.ts';

export const tenantLogoAccessRules: Record<string, AccessRule> = {};
