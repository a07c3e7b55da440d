import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seCoachFigures2019 as seCoach } from '../testing/gavleborg-2019-interventions.ts';
import { aggregateParticipantFigures } from './aggregate-participant-figures.ts';
import {
  activeAtPeriodEnd,
  type GenderCount,
  genderCount as g,
  type IndividualFigures,
  participantFiguresSchema,
  participantsInPeriod,
  personsReached,
  type StructuralFigures,
  validateParticipantFigures,
} from './participant-figures.ts';
import { type Period, parsePeriod } from './period.ts';

const p = (text: string) => parsePeriod(text) as Period;

describe('validateParticipantFigures', () => {
  it("accepts the SE coach's 2019 figures: 20 participants (8 women, 12 men), 11 ended, 9 active at the end", () => {
    expect(validateParticipantFigures(seCoach, 'individual')).toEqual({ ok: true, value: seCoach });
    expect(participantsInPeriod(seCoach)).toEqual({ total: 20, women: 8, men: 12, otherUnknown: 0 });
    expect(activeAtPeriodEnd(seCoach)).toEqual({ total: 9, women: 5, men: 4, otherUnknown: 0 });
  });

  it('reports every problem at once, with stable keys and field paths', () => {
    const result = validateParticipantFigures({
      kind: 'individual',
      new: { total: 7, women: 3, men: 3, otherUnknown: 0 },
      ongoing: { total: 13, women: -5, men: 8, otherUnknown: 0 },
      ended: { total: 11, women: 3, men: 8.5, otherUnknown: 0 },
      outcomes: null,
      ageBandsAtStart: null,
      incomeSourcesAtStart: null,
      meetingsHeld: 2,
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { key: 'figures.fieldNotForKind', path: ['meetingsHeld'] },
        { key: 'figures.genderPartsDoNotSumToTotal', path: ['new', 'total'], params: { total: 7, sum: 6 } },
        { key: 'figures.negative', path: ['ongoing', 'women'] },
        { key: 'figures.notAnInteger', path: ['ended', 'men'] },
      ],
    });
  });

  it('requires outcomes to sum to ended, in total and per gender', () => {
    const result = validateParticipantFigures({
      ...seCoach,
      outcomes: { work: g(1, 5), studies: g(1, 1), jobSeeking: g(0, 0), otherPlanning: g(2, 2) },
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          key: 'figures.outcomesDoNotSumToEnded',
          path: ['outcomes', 'total'],
          params: { ended: 11, sum: 12 },
        },
        { key: 'figures.outcomesDoNotSumToEnded', path: ['outcomes', 'women'], params: { ended: 3, sum: 4 } },
      ],
    });
  });

  it('rejects outcomes when no ended participants are reported', () => {
    const result = validateParticipantFigures({ ...seCoach, ended: null });
    expect(result.ok ? [] : result.problems.map((problem) => problem.key)).toEqual([
      'figures.outcomesWithoutEnded',
    ]);
  });

  it('rejects more ended than took part', () => {
    const result = validateParticipantFigures({
      ...seCoach,
      new: g(0, 0),
      ongoing: g(3, 7),
      outcomes: null,
      incomeSourcesAtStart: null,
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          key: 'figures.endedExceedsParticipants',
          path: ['ended', 'total'],
          params: { ended: 11, participants: 10 },
        },
      ],
    });
  });

  it('requires age bands and income sources to sum to the new participants', () => {
    const result = validateParticipantFigures({
      ...seCoach,
      ageBandsAtStart: {
        age16to19: 1,
        age20to24: 4,
        age25to29: 1,
        age30to39: 0,
        age40to49: 0,
        age50to64: 0,
        unknown: 0,
      },
      incomeSourcesAtStart: { ...seCoach.incomeSourcesAtStart, none: 1 },
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { key: 'figures.breakdownDoesNotSumToNew', path: ['ageBandsAtStart'], params: { new: 7, sum: 6 } },
        {
          key: 'figures.breakdownDoesNotSumToNew',
          path: ['incomeSourcesAtStart'],
          params: { new: 7, sum: 8 },
        },
      ],
    });
  });

  it('accepts individual figures only for an individual-level intervention, and structural only for structural', () => {
    const structural: StructuralFigures = {
      kind: 'structural',
      staffReached: 0,
      managersReached: 82,
      unspecifiedReached: 75,
      meetingsHeld: 20,
    };
    expect(validateParticipantFigures(structural, 'structural').ok).toBe(true);
    expect(validateParticipantFigures(structural, 'individual')).toEqual({
      ok: false,
      problems: [
        {
          key: 'figures.kindMismatch',
          path: ['kind'],
          params: { expected: 'individual', actual: 'structural' },
        },
      ],
    });
    const mixed = validateParticipantFigures({ ...structural, new: g(1, 1) }, 'structural');
    expect(mixed.ok ? [] : mixed.problems).toEqual([{ key: 'figures.fieldNotForKind', path: ['new'] }]);
    expect(personsReached(structural)).toBe(157);
  });

  it('names a missing, non-numeric or unknown field', () => {
    const result = validateParticipantFigures({
      kind: 'structural',
      staffReached: '3',
      managersReached: 1,
      meetingsHeld: 1,
      unspecifiedReached: 0,
      visitors: 4,
    });
    expect(result.ok ? [] : result.problems).toEqual([
      { key: 'figures.unknownField', path: ['visitors'] },
      { key: 'figures.notANumber', path: ['staffReached'] },
    ]);
    const missing = validateParticipantFigures({ kind: 'individual', new: g(1, 0) });
    expect(missing.ok ? [] : missing.problems).toEqual([{ key: 'figures.required', path: ['ongoing'] }]);
    expect(validateParticipantFigures({ kind: 'both' })).toEqual({
      ok: false,
      problems: [{ key: 'figures.kindInvalid', path: ['kind'] }],
    });
  });

  it('accepts any figures whose parts sum to their totals', () => {
    const count = fc.tuple(fc.nat(500), fc.nat(500), fc.nat(50)).map(([w, m, o]) => g(w, m, o));
    fc.assert(
      fc.property(count, count, (newCount, ongoing) => {
        const figures = {
          kind: 'individual',
          new: newCount,
          ongoing,
          ended: null,
          outcomes: null,
          ageBandsAtStart: null,
          incomeSourcesAtStart: null,
        };
        expect(validateParticipantFigures(figures).ok).toBe(true);
      }),
    );
  });

  it('raises the same keys through the zod schema', () => {
    const result = participantFiguresSchema.safeParse({ ...seCoach, ended: g(3, 9) });
    expect(result.error?.issues.map((issue) => [issue.message, issue.path])).toEqual([
      ['figures.outcomesDoNotSumToEnded', ['outcomes', 'total']],
      ['figures.outcomesDoNotSumToEnded', ['outcomes', 'men']],
    ]);
  });
});

describe('aggregateParticipantFigures', () => {
  const month = (newWomen: number, ongoing: GenderCount, endedMen: number): IndividualFigures => ({
    kind: 'individual',
    new: g(newWomen, 0),
    ongoing,
    ended: g(0, endedMen),
    outcomes: { work: g(0, endedMen), studies: g(0, 0), jobSeeking: g(0, 0), otherPlanning: g(0, 0) },
    ageBandsAtStart: null,
    incomeSourcesAtStart: null,
  });

  it('sums new and ended over the months of H1 and takes those carried in from January', () => {
    const months = [1, 2, 3, 4, 5, 6].map((m) => ({
      period: p(`2019-0${m}`),
      figures: month(1, g(5, 8 - (m - 1)), 1),
    }));
    const result = aggregateParticipantFigures(months, p('2019-H1'));
    expect(result.ok && result.value.kind === 'individual' ? result.value : null).toMatchObject({
      new: g(6, 0),
      ongoing: g(5, 8),
      ended: g(0, 6),
      outcomes: { work: g(0, 6) },
    });
  });

  it('sums two half-years of structural figures into the year', () => {
    const half = (managers: number): StructuralFigures => ({
      kind: 'structural',
      staffReached: 10,
      managersReached: managers,
      unspecifiedReached: 0,
      meetingsHeld: 2,
    });
    expect(
      aggregateParticipantFigures(
        [
          { period: p('2019-H1'), figures: half(82) },
          { period: p('2019-H2'), figures: half(70) },
        ],
        p('2019'),
      ),
    ).toEqual({
      ok: true,
      value: {
        kind: 'structural',
        staffReached: 20,
        managersReached: 152,
        unspecifiedReached: 0,
        meetingsHeld: 4,
      },
    });
  });

  it('refuses to aggregate a half-year with a month missing', () => {
    const result = aggregateParticipantFigures(
      [{ period: p('2019-01'), figures: month(1, g(0, 0), 0) }],
      p('2019-02'),
    );
    expect(result.ok).toBe(false);
  });
});

describe('genderCount', () => {
  it('makes the total the sum of women, men and other or unknown', () => {
    expect(g(3, 4)).toEqual({ total: 7, women: 3, men: 4, otherUnknown: 0 });
    expect(g(0, 0, 196).total).toBe(196);
  });
});
