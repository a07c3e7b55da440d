import { describe, expect, it } from 'vitest';
import { outsideFormSchema, toBoardFormSchema } from './decision-values.ts';

const messages = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

describe('the decision section’s forms', () => {
  it('asks for a meeting before an application goes to the board', () => {
    expect(messages(toBoardFormSchema.safeParse({ meetingId: '', title: '' }))).toEqual({
      meetingId: 'applicationDecision.meetingRequired',
    });
    expect(
      toBoardFormSchema.safeParse({ meetingId: '00000000-0000-4000-8000-000000000001', title: '' }).success,
    ).toBe(true);
  });

  it('checks an outside decision as the API does, keeping the amount as typed', () => {
    const base = { decidedDate: '2016-02-01', note: '' };
    expect(messages(outsideFormSchema.safeParse({ ...base, outcome: 'granted', grantedAmount: '' }))).toEqual(
      {
        grantedAmount: 'applicationDecision.amountRequired',
      },
    );
    expect(
      messages(outsideFormSchema.safeParse({ ...base, outcome: 'rejected', grantedAmount: '5 000' })),
    ).toEqual({
      grantedAmount: 'applicationDecision.amountOnlyGranted',
    });
    expect(messages(outsideFormSchema.safeParse({ ...base, outcome: '', grantedAmount: '' }))).toEqual({
      outcome: 'applicationDecision.outcomeInvalid',
    });
    const parsed = outsideFormSchema.parse({ ...base, outcome: 'granted', grantedAmount: '1 100 000' });
    expect(parsed.grantedAmount).toBe('1 100 000');
  });
});
