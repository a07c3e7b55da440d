/** Access rules of `boardWork.*` (issue 21, the board), spread into the main registry. */
import type { AccessRule } from './access-registry.ts';

export const boardWorkAccessRules: Record<string, AccessRule> = {};
