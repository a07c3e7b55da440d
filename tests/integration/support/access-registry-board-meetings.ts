/** Access rules of `meetings.*` (issue 21, the board), spread into the main registry. */
import type { AccessRule } from './access-registry.ts';

export const meetingsAccessRules: Record<string, AccessRule> = {};
