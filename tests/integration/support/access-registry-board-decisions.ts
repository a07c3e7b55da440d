/**
 * Access rules of `decisions.*` (issue 21, the board), spread into the main registry. The victim's
 * decision hangs on an item of a held (not approved) meeting, so its own editors may write it; the
 * harmless inputs carry a stale version (CONFLICT before anything changes).
 */
import type { AccessRule } from './access-registry.ts';

const noSuchId = '00000000-0000-4000-8000-000000000000';
const stale = 999_999;
const first = (ids: string[]) => ids[0] ?? noSuchId;
const decision = {
  kind: 'other',
  title: 'Kapat beslut',
  text: 'Styrelsen beslutar att kapa registret.',
  correctsDecisionId: null,
};

export const decisionsAccessRules: Record<string, AccessRule> = {
  'decisions.list': {
    access: 'tenant',
    minRole: 'viewer',
    input: (v) => ({ q: 'granska', bodyId: first(v.boardBodyIds) }),
  },
  'decisions.get': {
    access: 'tenant',
    minRole: 'viewer',
    input: (v) => ({ decisionId: first(v.boardDecisionIds) }),
  },
  'decisions.forItem': {
    access: 'tenant',
    minRole: 'viewer',
    input: (v) => ({ itemId: first(v.boardItemIds) }),
  },
  'decisions.forMeeting': {
    access: 'tenant',
    minRole: 'viewer',
    input: (v) => ({ meetingId: first(v.boardMeetingIds) }),
  },
  'decisions.forIntervention': {
    access: 'tenant',
    minRole: 'viewer',
    input: (v) => ({ interventionId: first(v.interventionIds) }),
  },
  // The victim's item already has its decision: version 1 replaces it, a stale one is refused.
  'decisions.save': {
    access: 'tenant',
    minRole: 'editor',
    input: (v) => ({ itemId: first(v.boardItemIds), expectedVersion: 1, ...decision }),
    harmless: (v) => ({ itemId: first(v.boardItemIds), expectedVersion: stale, ...decision }),
  },
  'decisions.delete': {
    access: 'tenant',
    minRole: 'editor',
    input: (v) => ({ decisionId: first(v.boardDecisionIds), expectedVersion: 1 }),
    harmless: (v) => ({ decisionId: first(v.boardDecisionIds), expectedVersion: stale }),
  },
};
