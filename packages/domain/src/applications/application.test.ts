import { describe, expect, it } from 'vitest';
import { validateWith } from '../validation-problem.ts';
import {
  applicationFieldsSchema,
  createApplicationSchema,
  fieldsOfApplication,
  moveApplicationSchema,
} from './application.ts';

const fields = {
  title: 'Etappen',
  diaryNumber: 'Dnr 2016/12',
  kind: 'individual',
  leadMemberId: '11111111-1111-4111-8111-111111111111',
  partyMemberIds: ['22222222-2222-4222-8222-222222222222'],
  localGroupId: null,
  contact: 'Anna Andersson',
  targetGroupIds: [],
  targetGroupText: '',
  need: 'Gemensam för minst två av parterna',
  purpose: '',
  collaboration: 'Gemensamt team',
  startDate: '2016-01-01',
  endDate: '2016-12-31',
  expectedYear: null,
  expectedAmountOre: null,
  goals: [{ type: 'qualitative', description: 'Ett samordnat arbetssätt' }],
  budgetYears: [
    {
      year: 2016,
      requestedOre: 1_100_000_00,
      ownContributionOre: 0,
      plannedParticipants: { total: 40, women: 20, men: 18, otherUnknown: 2 },
    },
  ],
};

const keysOf = (input: unknown) => {
  const result = validateWith(applicationFieldsSchema, input);
  return result.ok ? [] : result.problems.map((problem) => `${problem.path.join('.')}:${problem.key}`);
};

describe('applicationFieldsSchema', () => {
  it('accepts a complete application', () => {
    expect(keysOf(fields)).toEqual([]);
  });

  it('refuses an empty title, an end before the start and a year twice, each at its field', () => {
    expect(
      keysOf({
        ...fields,
        title: '  ',
        endDate: '2015-12-31',
        budgetYears: [fields.budgetYears[0], fields.budgetYears[0]],
      }),
    ).toEqual([
      'title:applications.titleRequired',
      'endDate:applications.endBeforeStart',
      'budgetYears.1.year:applications.budgetYearTwice',
    ]);
  });

  it('refuses planned participants whose parts do not sum to the total', () => {
    const budgetYears = [
      { ...fields.budgetYears[0], plannedParticipants: { total: 40, women: 20, men: 18, otherUnknown: 1 } },
    ];
    expect(keysOf({ ...fields, budgetYears })).toEqual([
      'budgetYears.0.plannedParticipants.total:applications.plannedPartsDoNotSum',
    ]);
  });

  it('refuses a negative or fractional sum', () => {
    expect(
      keysOf({
        ...fields,
        budgetYears: [{ ...fields.budgetYears[0], requestedOre: -1, ownContributionOre: 0.5 }],
      }),
    ).toEqual([
      'budgetYears.0.requestedOre:applications.requestedNegative',
      'budgetYears.0.ownContributionOre:applications.ownContributionInvalid',
    ]);
  });

  it('refuses a party ticked twice', () => {
    const party = fields.partyMemberIds[0];
    expect(keysOf({ ...fields, partyMemberIds: [party, party] })).toEqual([
      'partyMemberIds:applications.partyTwice',
    ]);
  });
});

describe('createApplicationSchema and moveApplicationSchema', () => {
  it('creates only as expected, draft or received', () => {
    expect(createApplicationSchema.safeParse({ ...fields, status: 'received' }).success).toBe(true);
    expect(createApplicationSchema.safeParse({ ...fields, status: 'granted' }).success).toBe(false);
  });

  it('takes a transition with its date, note and an optional proposed sum', () => {
    expect(
      moveApplicationSchema.safeParse({
        to: 'proposal',
        effectiveDate: '2019-05-02',
        note: '',
        proposedAmountOre: 100,
      }).success,
    ).toBe(true);
    expect(
      moveApplicationSchema.safeParse({ to: 'proposal', effectiveDate: '2019-13-02', note: '' }).success,
    ).toBe(false);
  });
});

describe('fieldsOfApplication', () => {
  it('takes exactly the fields from a saved application, leaving its other columns behind', () => {
    const parsed = applicationFieldsSchema.parse(fields);
    const { goals, budgetYears, ...row } = parsed;
    const saved = { application: { ...row, id: 'a1', status: 'received', version: 3 }, goals, budgetYears };
    expect(fieldsOfApplication(saved)).toStrictEqual(parsed);
  });
});
