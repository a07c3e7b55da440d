/**
 * Access rules of `boardWork.*` (issue 21, the board), spread into the main registry. The summary
 * is a read of the whole förbund for a period: the hostile call names the victim's förbund and the
 * period of the victim's own meeting (2031), so any leak would show the victim's board.
 */
import type { AccessRule } from './access-registry.ts';

export const boardWorkAccessRules: Record<string, AccessRule> = {
  'boardWork.get': { access: 'tenant', minRole: 'viewer', input: () => ({ period: '2031-H1' }) },
};
