/**
 * Access rules of `applicationDecision.*` (issue 22, applications for funds), spread into the main registry.
 * The victim's rows: support/victim-applications.ts ([under review, granted]); its board meeting is
 * held, not approved (support/victim-board.ts). The harmless inputs carry a stale version (CONFLICT
 * before anything changes).
 */
import type { AccessRule } from './access-registry.ts';

const noSuchId = '00000000-0000-4000-8000-000000000000';
const stale = 999_999;
const first = (ids: string[]) => ids[0] ?? noSuchId;
const granted = (ids: string[]) => ids[1] ?? noSuchId;

export const applicationDecisionAccessRules: Record<string, AccessRule> = {
  'applicationDecision.forApplication': {
    access: 'tenant',
    minRole: 'viewer',
    input: (v) => ({ applicationId: first(v.applicationIds) }),
  },
  'applicationDecision.toAgenda': {
    access: 'tenant',
    minRole: 'editor',
    input: (v) => ({
      applicationId: first(v.applicationIds),
      meetingId: first(v.boardMeetingIds),
      expectedVersion: 1,
    }),
    harmless: (v) => ({
      applicationId: first(v.applicationIds),
      meetingId: first(v.boardMeetingIds),
      expectedVersion: stale,
    }),
  },
  'applicationDecision.recordOutside': {
    access: 'tenant',
    minRole: 'admin',
    input: (v) => ({
      applicationId: first(v.applicationIds),
      expectedVersion: 1,
      outcome: 'rejected',
      decidedDate: '2031-01-15',
      note: 'Kapat beslut',
    }),
    harmless: (v) => ({
      applicationId: first(v.applicationIds),
      expectedVersion: stale,
      outcome: 'rejected',
      decidedDate: '2031-01-15',
    }),
  },
  'applicationDecision.createIntervention': {
    access: 'tenant',
    minRole: 'editor',
    input: (v) => ({ applicationId: granted(v.applicationIds), expectedVersion: 1 }),
    harmless: (v) => ({ applicationId: granted(v.applicationIds), expectedVersion: stale }),
  },
};
