import { describe, expect, it } from 'vitest';
import { type ApplicationForIntervention, applicationToIntervention } from './application-to-intervention.ts';

const lead = '00000000-0000-4000-8000-00000000000a';
const party = '00000000-0000-4000-8000-00000000000b';
const group = '00000000-0000-4000-8000-00000000000c';

const application: ApplicationForIntervention = {
  title: 'Etappen',
  kind: 'individual',
  leadMemberId: lead,
  partyMemberIds: [party, lead, party],
  localGroupId: group,
  targetGroupIds: ['unknown-group', 'unknown-group'],
  targetGroupText: 'Unga vuxna 18–29 år',
  purpose: 'Fler i arbete.',
  startDate: '2016-01-01',
  endDate: '2017-12-31',
  goals: [
    { type: 'qualitative', description: 'Samverkan ökar' },
    { type: 'count', description: 'Deltagare', measure: 'participants', target: 40, period: '2016' },
  ] as ApplicationForIntervention['goals'],
  budgetYears: [
    { year: 2017, requestedOre: 40_000_000, planned: null },
    { year: 2016, requestedOre: 70_000_000, planned: { total: 20, women: 10, men: 9, otherUnknown: 1 } },
  ],
  grantedAmountOre: 110_000_000,
  agreementYears: [],
  decidedDate: '2015-12-10',
};

describe('applicationToIntervention', () => {
  it('names, kinds and dates the intervention after the application, with its lead, parties and group', () => {
    const { intervention } = applicationToIntervention(application);
    expect(intervention).toMatchObject({
      name: 'Etappen',
      kind: 'individual',
      status: 'ongoing',
      purpose: 'Fler i arbete.',
      targetGroupText: 'Unga vuxna 18–29 år',
      leadOrganisation: { type: 'member', memberId: lead },
      partnerMemberIds: [party],
      localGroupId: group,
      startDate: '2016-01-01',
      endDate: '2017-12-31',
    });
  });

  it('keeps only the target groups the interventions know', () => {
    expect(applicationToIntervention(application).intervention.targetGroupIds).toEqual([]);
  });

  it('makes structural and pre-study applications structural, a pre-study with status pre_study', () => {
    expect(applicationToIntervention({ ...application, kind: 'structural' }).intervention).toMatchObject({
      kind: 'structural',
      status: 'ongoing',
    });
    expect(applicationToIntervention({ ...application, kind: 'preStudy' }).intervention).toMatchObject({
      kind: 'structural',
      status: 'pre_study',
    });
  });

  it('copies the goals as they are', () => {
    expect(applicationToIntervention(application).goals).toEqual(application.goals);
  });

  it('budgets each year with the grant split over the years asked for and the planned participants', () => {
    expect(applicationToIntervention({ ...application, grantedAmountOre: 55_000_000 }).budgets).toEqual([
      {
        year: 2016,
        totalBudget: 35_000_000,
        spendToDate: 0,
        plannedParticipants: { total: 20, women: 10, men: 9, otherUnknown: 1 },
      },
      { year: 2017, totalBudget: 20_000_000, spendToDate: 0, plannedParticipants: null },
    ]);
  });

  it('takes the agreement’s commitment per year when there is one', () => {
    const budgets = applicationToIntervention({
      ...application,
      agreementYears: [
        { year: 2017, amountOre: 10_000_000 },
        { year: 2016, amountOre: 100_000_000 },
      ],
    }).budgets;
    expect(budgets.map((row) => [row.year, row.totalBudget])).toEqual([
      [2016, 100_000_000],
      [2017, 10_000_000],
    ]);
  });

  it('leads by the förbund itself when the application names no lead', () => {
    expect(
      applicationToIntervention({ ...application, leadMemberId: null }).intervention.leadOrganisation,
    ).toEqual({
      type: 'forbund',
    });
  });
});
