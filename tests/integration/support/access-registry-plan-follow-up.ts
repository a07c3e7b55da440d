/**
 * Access rules of `planFollowUp.*` and `planRisks.*` (issue 20: a plan's follow-up per period and
 * its risk analysis), spread into the main registry. The hostile inputs name the victim's draft
 * plan of 2031 and its goal, indicator, activity and risk; the harmless ones carry a stale version
 * (CONFLICT before anything changes) or a risk the schema refuses.
 */
import type { AccessRule, Victim } from './access-registry.ts';

const noSuchId = '00000000-0000-4000-8000-000000000000';
const stale = 999_999;
const first = (ids: string[]) => ids[0] ?? noSuchId;
const period = '2031';
const risk = {
  event: 'Kapad risk',
  likelihood: 4,
  consequence: 4,
  controlMeasures: '',
  owner: '',
  reviewedOn: null,
};

/** An editor's save of a follow-up row: created by the hostile input, stale in the harmless one. */
const save = (input: (v: Victim) => Record<string, unknown>): AccessRule => ({
  access: 'tenant',
  minRole: 'editor',
  input: (v) => ({ ...input(v), period, expectedVersion: null }),
  harmless: (v) => ({ ...input(v), period, expectedVersion: stale }),
});

export const planFollowUpAccessRules: Record<string, AccessRule> = {
  'planFollowUp.get': {
    access: 'tenant',
    minRole: 'viewer',
    input: (v) => ({ planId: first(v.planIds), period }),
  },
  'planFollowUp.saveIndicator': save((v) => ({
    indicatorId: first(v.planIndicatorIds),
    enteredValue: null,
    statedStatus: 'met',
    comment: 'Kapad',
  })),
  'planFollowUp.saveActivity': save((v) => ({
    activityId: first(v.planActivityIds),
    status: 'done',
    comment: 'Kapad',
  })),
  'planFollowUp.saveGoal': save((v) => ({ goalId: first(v.planGoalIds), comment: 'Kapad' })),
  'planRisks.list': { access: 'tenant', minRole: 'viewer', input: (v) => ({ planId: first(v.planIds) }) },
  'planRisks.save': {
    access: 'tenant',
    minRole: 'editor',
    input: (v) => ({ planId: first(v.planIds), riskId: null, expectedVersion: null, risk }),
    harmless: (v) => ({
      planId: first(v.planIds),
      riskId: null,
      expectedVersion: null,
      risk: { ...risk, event: '' },
    }),
  },
  'planRisks.delete': {
    access: 'tenant',
    minRole: 'editor',
    input: (v) => ({ riskId: first(v.planRiskIds), expectedVersion: 1 }),
    harmless: (v) => ({ riskId: first(v.planRiskIds), expectedVersion: stale }),
  },
};
