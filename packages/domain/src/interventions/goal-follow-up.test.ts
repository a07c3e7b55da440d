import { describe, expect, it } from 'vitest';
import {
  seCoachFigures2019 as seCoach,
  trisamCasesAtHalfTime2019,
} from '../testing/gavleborg-2019-interventions.ts';
import { type Goal, goalProblemsForKind, goalSchema } from './goal.ts';
import { followUpGoal } from './goal-follow-up.ts';
import { computeShareMeasure } from './goal-measures.ts';
import { genderCount as g, type IndividualFigures, type StructuralFigures } from './participant-figures.ts';
import { type Period, parsePeriod } from './period.ts';

const p = (text: string) => parsePeriod(text) as Period;

/** Trisam individ H1 2019: 363 new cases (62 % women → 225 women, 138 men) and 196 follow-up cases. */
const trisam: IndividualFigures = {
  kind: 'individual',
  new: g(225, 138),
  ongoing: g(0, 0, 196),
  ended: null,
  outcomes: null,
  ageBandsAtStart: null,
  incomeSourcesAtStart: null,
};

const shareGoal = (measure: 'ended_to_work' | 'ended_to_work_or_studies', targetPercent: number): Goal => ({
  type: 'share',
  description: `${targetPercent} % ska gå vidare`,
  measure,
  targetPercent,
  comparison: 'at_least',
  period: null,
});

describe('followUpGoal — the seeds', () => {
  it('computes the SE coach as 6 of 11 ended to work, 55 %', () => {
    const result = followUpGoal(shareGoal('ended_to_work', 40), { period: p('2019-H1'), figures: seCoach });
    expect(result).toEqual({
      type: 'share',
      targetPercent: 40,
      comparison: 'at_least',
      actual: { numerator: 6, denominator: 11 },
      actualPercent: 55,
      status: 'met',
      comment: '',
    });
  });

  it("meets the SE coach's goal of 40 % to work or studies with 7 of 11, 64 %", () => {
    const result = followUpGoal(shareGoal('ended_to_work_or_studies', 40), {
      period: p('2019-H1'),
      figures: seCoach,
    });
    expect(result).toMatchObject({
      actual: { numerator: 7, denominator: 11 },
      actualPercent: 64,
      status: 'met',
    });
  });

  it('gives the SE coach 1 of 11 to studies as 9 %, not the 10 % the seed prints', () => {
    expect(computeShareMeasure('ended_to_studies', seCoach)).toEqual({ numerator: 1, denominator: 11 });
    const result = followUpGoal(
      {
        type: 'share',
        description: 'studier',
        measure: 'ended_to_studies',
        targetPercent: 10,
        comparison: 'at_least',
        period: null,
      },
      { period: p('2019-H1'), figures: seCoach },
    );
    expect(result).toMatchObject({ actualPercent: 9, status: 'not_met' });
  });

  it('counts Trisam as 363 new + 196 follow-up = 559 of 800 cases, 70 %, not yet met at half-time', () => {
    const goal: Goal = {
      type: 'count',
      description: '800 ärenden ska lyftas i teamen',
      measure: 'participants',
      target: 800,
      period: '2019',
    };
    expect(followUpGoal(goal, { period: p('2019-H1'), figures: trisam })).toEqual(trisamCasesAtHalfTime2019);
    expect(followUpGoal(goal, { period: p('2019'), figures: trisam })).toMatchObject({ status: 'not_met' });
  });

  it('gives Trisam 62 % women among the 363 new cases (225 women)', () => {
    const goal: Goal = {
      type: 'share',
      description: 'kvinnor',
      measure: 'women_among_new',
      targetPercent: 50,
      comparison: 'at_most',
      period: null,
    };
    expect(followUpGoal(goal, { period: p('2019-H1'), figures: trisam })).toMatchObject({
      actual: { numerator: 225, denominator: 363 },
      actualPercent: 62,
      status: 'not_met',
    });
    expect(computeShareMeasure('women_among_new', { ...trisam, new: g(138, 225) })).toEqual({
      numerator: 138,
      denominator: 363,
    });
  });
});

describe('followUpGoal — rules', () => {
  const meetings: StructuralFigures = {
    kind: 'structural',
    staffReached: 40,
    managersReached: 5,
    unspecifiedReached: 0,
    meetingsHeld: 5,
  };

  it('meets a count goal exactly at the target', () => {
    const goal: Goal = {
      type: 'count',
      description: 'Kunskapsdialoger 4–5 gånger per år',
      measure: 'meetings_held',
      target: 4,
      period: '2020',
    };
    expect(
      followUpGoal(goal, { period: p('2020'), figures: { ...meetings, meetingsHeld: 4 } }),
    ).toMatchObject({
      actual: 4,
      percentOfTarget: 100,
      status: 'met',
    });
    expect(
      followUpGoal(goal, { period: p('2020'), figures: { ...meetings, meetingsHeld: 3 } }),
    ).toMatchObject({
      percentOfTarget: 75,
      status: 'not_met',
    });
  });

  it('has no figures to judge by when none were reported or nobody ended', () => {
    expect(
      followUpGoal(shareGoal('ended_to_work', 40), { period: p('2019-H1'), figures: null }),
    ).toMatchObject({
      actual: null,
      actualPercent: null,
      status: 'no_figures',
    });
    const noneEnded = {
      ...seCoach,
      ended: g(0, 0),
      outcomes: { work: g(0, 0), studies: g(0, 0), jobSeeking: g(0, 0), otherPlanning: g(0, 0) },
    };
    expect(
      followUpGoal(shareGoal('ended_to_work', 40), { period: p('2019-H1'), figures: noneEnded }),
    ).toMatchObject({
      status: 'no_figures',
    });
  });

  it('takes an entered actual for a count no figure measures', () => {
    const goal: Goal = {
      type: 'count',
      description: 'Minst 30 mentorer utbildade',
      measure: 'entered',
      target: 30,
      period: '2019',
    };
    expect(
      followUpGoal(goal, {
        period: p('2019-H1'),
        figures: null,
        assessment: { status: null, enteredActual: 0, comment: 'Ej startad' },
      }),
    ).toMatchObject({ actual: 0, percentOfTarget: 0, status: 'not_yet_met', comment: 'Ej startad' });
  });

  it('shows a qualitative goal as not measured yet until it is assessed', () => {
    const goal: Goal = {
      type: 'qualitative',
      description: 'Trisam-team finns på hälsocentraler i länets samtliga kommuner',
    };
    expect(followUpGoal(goal, { period: p('2019-H1'), figures: null })).toEqual({
      type: 'qualitative',
      status: 'not_measured_yet',
      comment: '',
    });
    expect(
      followUpGoal(goal, {
        period: p('2019-H1'),
        figures: null,
        assessment: { status: 'partly_met', enteredActual: null, comment: '9 av 10 kommuner' },
      }),
    ).toEqual({ type: 'qualitative', status: 'partly_met', comment: '9 av 10 kommuner' });
  });
});

describe('goalSchema and goalProblemsForKind', () => {
  it('rejects a share target over 100 % and a count target of 0 with stable keys', () => {
    const share = goalSchema.safeParse({ ...shareGoal('ended_to_work', 40), targetPercent: 140 });
    expect(share.error?.issues.map((issue) => issue.message)).toEqual(['goal.percentOutOfRange']);
    const count = goalSchema.safeParse({
      type: 'count',
      description: 'x',
      measure: 'participants',
      target: 0,
      period: null,
    });
    expect(count.error?.issues.map((issue) => issue.message)).toEqual(['goal.targetNotPositive']);
  });
  it('rejects a goal on meetings held for an individual-level intervention', () => {
    const goal: Goal = {
      type: 'count',
      description: 'möten',
      measure: 'meetings_held',
      target: 4,
      period: null,
    };
    expect(goalProblemsForKind(goal, 'individual')).toEqual([
      {
        key: 'goal.measureNotForKind',
        path: ['measure'],
        params: { measure: 'meetings_held', kind: 'individual' },
      },
    ]);
    expect(goalProblemsForKind(goal, 'structural')).toEqual([]);
    expect(goalProblemsForKind(shareGoal('ended_to_work', 40), 'structural')).toHaveLength(1);
  });
});
