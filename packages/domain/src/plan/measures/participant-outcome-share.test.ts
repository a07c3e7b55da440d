import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  genderCount,
  type IndividualFigures,
  type StructuralFigures,
  zeroGenderCount,
} from '../../interventions/participant-figures.ts';
import { compareExact } from '../exact-value.ts';
import { participantOutcomeShare } from './participant-outcome-share.ts';

const individual = (work: number, studies: number, jobSeeking: number, other: number): IndividualFigures => ({
  kind: 'individual',
  new: genderCount(10, 10),
  ongoing: zeroGenderCount,
  ended: genderCount(work + studies + jobSeeking + other, 0),
  outcomes: {
    work: genderCount(work, 0),
    studies: genderCount(studies, 0),
    jobSeeking: genderCount(jobSeeking, 0),
    otherPlanning: genderCount(other, 0),
  },
  ageBandsAtStart: null,
  incomeSourcesAtStart: null,
});
const structural: StructuralFigures = {
  kind: 'structural',
  staffReached: 40,
  managersReached: 5,
  unspecifiedReached: 0,
  meetingsHeld: 6,
};
const egenForsorjning = { outcomes: ['work', 'studies'] as const };

describe('participantOutcomeShare', () => {
  it('adds the chosen outcomes of every individual intervention over all who ended', () => {
    const result = participantOutcomeShare(
      [individual(3, 1, 2, 4), individual(1, 0, 0, 9), structural, null],
      egenForsorjning,
    );
    expect(result).toEqual({
      kind: 'measured',
      value: { numerator: 1, denominator: 4 },
      basis: { part: 5, whole: 20, unit: 'count' },
    });
  });

  it('leaves out interventions that do not record exits or outcomes', () => {
    const noOutcomes = { ...individual(0, 0, 0, 0), ended: genderCount(7, 0), outcomes: null };
    const noExits = { ...individual(0, 0, 0, 0), ended: null, outcomes: null };
    expect(
      participantOutcomeShare([individual(2, 0, 0, 2), noOutcomes, noExits], { outcomes: ['work'] }),
    ).toEqual({
      kind: 'measured',
      value: { numerator: 1, denominator: 2 },
      basis: { part: 2, whole: 4, unit: 'count' },
    });
  });

  it('is not measured when nobody ended in the period', () => {
    expect(participantOutcomeShare([individual(0, 0, 0, 0), structural], egenForsorjning)).toEqual({
      kind: 'notMeasured',
      reason: 'noFigures',
    });
  });

  it('stays within 0..1 for any figures and any choice of outcomes', () => {
    const count = fc.integer({ min: 0, max: 500 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(count, count, count, count), { maxLength: 8 }),
        fc.subarray(['work', 'studies', 'jobSeeking', 'otherPlanning'] as const, { minLength: 1 }),
        (parts, outcomes) => {
          const result = participantOutcomeShare(
            parts.map(([a, b, c, d]) => individual(a, b, c, d)),
            { outcomes },
          );
          if (result.kind === 'notMeasured') return;
          expect(compareExact(result.value, { numerator: 0, denominator: 1 })).toBeGreaterThanOrEqual(0);
          expect(compareExact(result.value, { numerator: 1, denominator: 1 })).toBeLessThanOrEqual(0);
        },
      ),
    );
  });
});
