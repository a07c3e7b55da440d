import { describe, expect, it } from 'vitest';
import {
  applicationFormSchema,
  applicationValuesOf,
  emptyBudgetYearRow,
  emptyGoalRow,
} from './application-form-values.ts';

const lead = '11111111-1111-4111-8111-111111111111';
const party = '22222222-2222-4222-8222-222222222222';

const filled = () => ({
  ...applicationValuesOf(null, 'received'),
  title: 'Etappen',
  leadMemberId: lead,
  partyMemberIds: [party],
  budgetYears: [
    {
      ...emptyBudgetYearRow(2016),
      requestedOre: '1 100 000',
      plannedParticipants: { total: '40', women: '20', men: '', otherUnknown: '20' },
    },
  ],
  goals: [{ ...emptyGoalRow(), description: 'Ett samordnat arbetssätt' }],
});

const issuesOf = (values: unknown) => {
  const result = applicationFormSchema.safeParse(values);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`);
};

describe('applicationFormSchema', () => {
  it('reads kronor to öre, blanks to null and blank gender parts to 0', () => {
    const result = applicationFormSchema.parse(filled());
    expect(result).toMatchObject({
      status: 'received',
      leadMemberId: lead,
      localGroupId: null,
      startDate: null,
      expectedAmountOre: null,
      goals: [{ type: 'qualitative', description: 'Ett samordnat arbetssätt' }],
      budgetYears: [
        {
          year: 2016,
          requestedOre: 110_000_000,
          ownContributionOre: 0,
          plannedParticipants: { total: 40, women: 20, men: 0, otherUnknown: 20 },
        },
      ],
    });
  });

  it('puts an unreadable amount beside its field once, and the domain problems beside theirs', () => {
    const values = filled();
    values.title = '';
    values.budgetYears = [{ ...emptyBudgetYearRow(2016), requestedOre: 'tusen' }];
    values.goals = [{ ...emptyGoalRow(), type: 'count', description: 'Nya deltagare', target: '' }];
    expect(issuesOf(values)).toEqual([
      'budgetYears.0.requestedOre:money.invalidFormat',
      'title:applications.titleRequired',
      'goals.0.target:goal.targetInvalid',
    ]);
  });

  it('round-trips a saved application through the form unchanged', () => {
    const saved = applicationFormSchema.parse(filled());
    const { status, ...fields } = saved;
    expect(applicationFormSchema.parse(applicationValuesOf(fields, status))).toEqual(saved);
  });
});
