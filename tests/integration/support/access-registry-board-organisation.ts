/** Access rules of `organisation.*` (issue 21, the board), spread into the main registry. */
import type { AccessRule } from './access-registry.ts';

export const organisationAccessRules: Record<string, AccessRule> = {};
