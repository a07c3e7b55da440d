/** Access rules of `decisions.*` (issue 21, the board), spread into the main registry. */
import type { AccessRule } from './access-registry.ts';

export const decisionsAccessRules: Record<string, AccessRule> = {};
