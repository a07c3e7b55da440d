import { describe, expect, it } from 'vitest';
import {
  agendaTitleFor,
  applicationDecidable,
  grantDecisionFieldsSchema,
  grantDecisionProblems,
  outsideDecisionProblems,
  recordOutsideSchema,
} from './application-decision.ts';

const keys = (problems: { key: string }[]) => problems.map((problem) => problem.key);

describe('grantDecisionProblems', () => {
  it('accepts a grant with an amount and a rejection without one on an application item', () => {
    expect(
      grantDecisionProblems({ kind: 'grant', grantOutcome: 'granted', grantedAmountOre: 100 }, true),
    ).toEqual([]);
    expect(
      grantDecisionProblems({ kind: 'grant', grantOutcome: 'rejected', grantedAmountOre: null }, true),
    ).toEqual([]);
  });

  it('requires an amount above 0 when granted', () => {
    for (const amount of [null, 0])
      expect(
        grantDecisionProblems({ kind: 'grant', grantOutcome: 'granted', grantedAmountOre: amount }, true),
      ).toEqual([{ key: 'applicationDecision.amountRequired', path: ['grantedAmount'] }]);
  });

  it('refuses an amount on a rejection or without an outcome', () => {
    expect(
      keys(grantDecisionProblems({ kind: 'grant', grantOutcome: 'rejected', grantedAmountOre: 5 }, true)),
    ).toEqual(['applicationDecision.amountOnlyGranted']);
    expect(
      keys(grantDecisionProblems({ kind: 'other', grantOutcome: null, grantedAmountOre: 5 }, false)),
    ).toEqual(['applicationDecision.amountOnlyGranted']);
  });

  it('takes an outcome only on a grant decision about an application, and then requires it', () => {
    expect(
      keys(grantDecisionProblems({ kind: 'other', grantOutcome: 'granted', grantedAmountOre: 5 }, true)),
    ).toEqual(['applicationDecision.outcomeOnlyGrant']);
    expect(
      keys(grantDecisionProblems({ kind: 'grant', grantOutcome: 'granted', grantedAmountOre: 5 }, false)),
    ).toEqual(['applicationDecision.outcomeNeedsApplication']);
    expect(
      keys(grantDecisionProblems({ kind: 'grant', grantOutcome: null, grantedAmountOre: null }, true)),
    ).toEqual(['applicationDecision.outcomeRequired']);
    expect(
      grantDecisionProblems({ kind: 'grant', grantOutcome: null, grantedAmountOre: null }, false),
    ).toEqual([]);
    expect(
      grantDecisionProblems({ kind: 'other', grantOutcome: null, grantedAmountOre: null }, true),
    ).toEqual([]);
  });
});

describe('applicationDecidable', () => {
  it('lets a decision in review or proposal, or the same decision again', () => {
    expect(applicationDecidable('underReview', false)).toBe(true);
    expect(applicationDecidable('proposal', false)).toBe(true);
    expect(applicationDecidable('received', false)).toBe(false);
    expect(applicationDecidable('granted', false)).toBe(false);
    expect(applicationDecidable('granted', true)).toBe(true);
    expect(applicationDecidable('rejected', true)).toBe(true);
    expect(applicationDecidable('withdrawn', true)).toBe(false);
  });
});

describe('schemas', () => {
  it('parses the amount in kronor to öre, blank as none', () => {
    expect(grantDecisionFieldsSchema.parse({ grantOutcome: 'granted', grantedAmount: '1 100 000' })).toEqual({
      grantOutcome: 'granted',
      grantedAmount: 110_000_000,
    });
    expect(grantDecisionFieldsSchema.parse({ grantOutcome: 'rejected', grantedAmount: ' ' })).toEqual({
      grantOutcome: 'rejected',
      grantedAmount: null,
    });
    expect(grantDecisionFieldsSchema.parse({})).toEqual({ grantOutcome: null, grantedAmount: null });
    expect(grantDecisionFieldsSchema.safeParse({ grantOutcome: 'maybe' }).success).toBe(false);
    expect(grantDecisionFieldsSchema.safeParse({ grantedAmount: '-5' }).success).toBe(false);
  });

  it('checks an outside decision like the board one', () => {
    const parsed = recordOutsideSchema.parse({
      applicationId: '00000000-0000-4000-8000-000000000001',
      expectedVersion: 3,
      outcome: 'granted',
      decidedDate: '2016-02-01',
      grantedAmount: '550 000',
    });
    expect(parsed.grantedAmount).toBe(55_000_000);
    expect(outsideDecisionProblems(parsed)).toEqual([]);
    expect(keys(outsideDecisionProblems({ outcome: 'granted', grantedAmount: null }))).toEqual([
      'applicationDecision.amountRequired',
    ]);
  });

  it('titles the agenda item after the application', () => {
    expect(agendaTitleFor('Etappen')).toBe('Ansökan: Etappen');
    expect(Array.from(agendaTitleFor('x'.repeat(600)))).toHaveLength(500);
  });
});
