/**
 * Access rules of `plans.*` (issue 20, the verksamhetsplan), spread into the main registry. The
 * victim's plan is a draft with one of everything in its tree (made by the isolation suite), so
 * each hostile input names a real node of another förbund's plan; the harmless inputs carry a
 * stale version (CONFLICT before anything changes) or an id that names nothing.
 */
import type { AccessRule, Victim } from './access-registry.ts';

const noSuchId = '00000000-0000-4000-8000-000000000000';
const stale = 999_999;
const first = (ids: string[]) => ids[0] ?? noSuchId;
const plan = (v: Victim) => first(v.planIds);
const edit = (v: Victim) => ({ planId: plan(v), expectedVersion: 1 });
const staleEdit = (v: Victim) => ({ planId: plan(v), expectedVersion: stale });
const header = {
  name: 'Kapad plan 2030',
  firstYear: 2030,
  lastYear: 2030,
  vision: 'Kapad',
  purpose: '',
  targetGroups: ['Kapare'],
  directions: [],
};
const indicator = {
  text: 'Kapad indikator',
  source: 'entered',
  computedMeasure: null,
  computedParams: {},
  nnsIndicatorCode: null,
  comparison: 'atLeast',
  unit: 'count',
  targetValue: '1',
};

/** An editor's write of the victim's plan: the hostile input, and the same with a stale version. */
const write = (input: (v: Victim) => Record<string, unknown>): AccessRule => ({
  access: 'tenant',
  minRole: 'editor',
  input: (v) => ({ ...edit(v), ...input(v) }),
  harmless: (v) => ({ ...staleEdit(v), ...input(v) }),
});

export const planAccessRules: Record<string, AccessRule> = {
  'plans.list': { access: 'tenant', minRole: 'viewer', input: () => ({}) },
  'plans.get': { access: 'tenant', minRole: 'viewer', input: (v) => ({ planId: plan(v) }) },
  // Harmless: a header without a name is refused before anything is written.
  'plans.create': {
    access: 'tenant',
    minRole: 'editor',
    input: () => header,
    harmless: () => ({ ...header, name: '' }),
  },
  'plans.update': write(() => header),
  'plans.adopt': write(() => ({ adoptedOn: '2030-01-01', adoptedDecisionId: null })),
  'plans.reopen': {
    access: 'tenant',
    minRole: 'admin',
    input: (v) => edit(v),
    harmless: (v) => staleEdit(v),
  },
  // Harmless: a plan that does not exist is not copied.
  'plans.copy': {
    access: 'tenant',
    minRole: 'editor',
    input: (v) => ({ planId: plan(v) }),
    harmless: () => ({ planId: noSuchId }),
  },
  'plans.delete': write(() => ({})),
  'plans.saveArea': write((v) => ({
    areaId: first(v.planAreaIds),
    area: { title: 'Kapat', description: '' },
  })),
  'plans.deleteArea': write((v) => ({ areaId: first(v.planAreaIds) })),
  'plans.saveGoal': write((v) => ({
    goalId: first(v.planGoalIds),
    goal: { areaId: null, code: '', title: 'Kapat', description: '' },
  })),
  'plans.deleteGoal': write((v) => ({ goalId: first(v.planGoalIds) })),
  'plans.saveIndicator': write((v) => ({
    goalId: first(v.planGoalIds),
    indicatorId: first(v.planIndicatorIds),
    indicator,
  })),
  'plans.deleteIndicator': write((v) => ({ indicatorId: first(v.planIndicatorIds) })),
  'plans.saveActivity': write((v) => ({
    goalId: first(v.planGoalIds),
    activityId: first(v.planActivityIds),
    activity: { text: 'Kapad', responsible: '', year: null },
  })),
  'plans.deleteActivity': write((v) => ({ activityId: first(v.planActivityIds) })),
  'plans.linkInterventions': write((v) => ({ goalId: first(v.planGoalIds), interventionIds: [] })),
  'plans.move': write((v) => ({ kind: 'goal', id: first(v.planGoalIds), step: 1 })),
};
