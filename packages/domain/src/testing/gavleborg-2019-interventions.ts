import type { GoalFollowUp } from '../interventions/goal-follow-up.ts';
import { genderCount as g, type IndividualFigures } from '../interventions/participant-figures.ts';

/*
 * Two of Gävleborg's interventions in 2019 as its half-year report gives them, shared by the
 * domain's tests of participant figures, goal follow-up and the report's Bilaga 1.
 */

/**
 * Supported Employment coach Gävle, 2019 up to 2019-06-30: 20 participants (8 women, 12 men); 11
 * ended: 6 to work, 1 to studies, 4 other; all 7 new on activity compensation (the new/ongoing
 * split is a demo estimate).
 */
export const seCoachFigures2019: IndividualFigures = {
  kind: 'individual',
  new: g(3, 4),
  ongoing: g(5, 8),
  ended: g(3, 8),
  outcomes: { work: g(1, 5), studies: g(0, 1), jobSeeking: g(0, 0), otherPlanning: g(2, 2) },
  ageBandsAtStart: null,
  incomeSourcesAtStart: {
    incomeSupport: 0,
    sicknessBenefit: 0,
    activityCompensation: 7,
    activitySupport: 0,
    unemploymentBenefit: 0,
    none: 0,
    other: 0,
    unknown: 0,
  },
};

/** Trisam individ's goal of 800 cases at half-time 2019: 363 new + 196 follow-up = 559, 70 %, not yet met. */
export const trisamCasesAtHalfTime2019: GoalFollowUp = {
  type: 'count',
  target: 800,
  actual: 559,
  shareOfTarget: { numerator: 559, denominator: 800 },
  percentOfTarget: 70,
  status: 'not_yet_met',
  comment: '',
};
