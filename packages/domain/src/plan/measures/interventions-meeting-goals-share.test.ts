import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GoalFollowUp } from '../../interventions/goal-follow-up.ts';
import { compareExact } from '../exact-value.ts';
import {
  interventionGoalsStanding,
  interventionsMeetingGoalsShare,
} from './interventions-meeting-goals-share.ts';

type Status = GoalFollowUp['status'];
const goals = (...statuses: Status[]) => ({ goals: statuses.map((status) => ({ status })) });
const statuses: Status[] = ['met', 'not_met', 'not_yet_met', 'no_figures', 'partly_met', 'not_measured_yet'];

describe('interventionGoalsStanding', () => {
  it('meets its goals only when every goal is met', () => {
    expect(interventionGoalsStanding(goals('met', 'met').goals)).toBe('met');
    expect(interventionGoalsStanding(goals('met', 'partly_met').goals)).toBe('notMet');
    expect(interventionGoalsStanding(goals('met', 'not_yet_met').goals)).toBe('notMeasured');
    expect(interventionGoalsStanding(goals('not_yet_met', 'not_met').goals)).toBe('notMet');
    expect(interventionGoalsStanding(goals('no_figures', 'not_met').goals)).toBe('notMet');
    expect(interventionGoalsStanding(goals('met', 'not_measured_yet').goals)).toBe('notMeasured');
    expect(interventionGoalsStanding([])).toBe('noGoals');
  });
});

describe('interventionsMeetingGoalsShare', () => {
  it('counts the interventions whose goals are all met among those measured', () => {
    const result = interventionsMeetingGoalsShare([
      goals('met'),
      goals('met', 'met'),
      goals('not_met'),
      goals('no_figures'),
      goals(),
    ]);
    expect(result).toEqual({
      kind: 'measured',
      value: { numerator: 2, denominator: 3 },
      basis: { part: 2, whole: 3, unit: 'count' },
    });
  });

  it('says why nothing was measured: no goals at all, or goals without figures', () => {
    expect(interventionsMeetingGoalsShare([goals(), goals()])).toEqual({
      kind: 'notMeasured',
      reason: 'noGoals',
    });
    expect(interventionsMeetingGoalsShare([])).toEqual({ kind: 'notMeasured', reason: 'noGoals' });
    expect(interventionsMeetingGoalsShare([goals('no_figures')])).toEqual({
      kind: 'notMeasured',
      reason: 'noFigures',
    });
  });

  const anyIntervention = fc
    .array(fc.constantFrom(...statuses), { maxLength: 4 })
    .map((list) => goals(...list));

  it('stays within 0..1 and never falls when an intervention meeting its goals is added', () => {
    fc.assert(
      fc.property(fc.array(anyIntervention, { maxLength: 12 }), (interventions) => {
        const before = interventionsMeetingGoalsShare(interventions);
        const after = interventionsMeetingGoalsShare([...interventions, goals('met')]);
        if (after.kind !== 'measured') throw new Error('a met intervention is always measured');
        expect(compareExact(after.value, { numerator: 0, denominator: 1 })).toBeGreaterThanOrEqual(0);
        expect(compareExact(after.value, { numerator: 1, denominator: 1 })).toBeLessThanOrEqual(0);
        if (before.kind === 'measured')
          expect(compareExact(after.value, before.value)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
