import { describe, expect, it } from 'vitest';
import {
  correctableDecisions,
  itemDecisionDefaults,
  itemDecisionFormSchema,
} from './item-decision-values.ts';

describe('the item decision form', () => {
  it('opens a new decision titled after its item, and an existing one as saved', () => {
    expect(itemDecisionDefaults('Verksamhetsplan 2020–2022', null)).toEqual({
      kind: 'other',
      title: 'Verksamhetsplan 2020–2022',
      text: '',
      correctsDecisionId: '',
    });
    const saved = { kind: 'plan' as const, title: 'Plan', text: 'Beslut.', corrects: { id: 'd0' } };
    expect(itemDecisionDefaults('Ärende', saved)).toEqual({
      kind: 'plan',
      title: 'Plan',
      text: 'Beslut.',
      correctsDecisionId: 'd0',
    });
  });

  it('sends no correction for the empty choice, and refuses an empty text on its field', () => {
    expect(
      itemDecisionFormSchema.parse({ kind: 'plan', title: 'Plan', text: 'Beslut.', correctsDecisionId: '' }),
    ).toEqual({ kind: 'plan', title: 'Plan', text: 'Beslut.', correctsDecisionId: null });
    const result = itemDecisionFormSchema.safeParse({
      kind: 'plan',
      title: 'Plan',
      text: ' ',
      correctsDecisionId: '',
    });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['text', 'boardDecisions.textRequired'],
    ]);
  });

  it('asks an item about an application for bifall/avslag and the amount, kept as typed', () => {
    expect(itemDecisionDefaults('Ansökan: Etappen', null, true)).toEqual({
      kind: 'grant',
      title: 'Ansökan: Etappen',
      text: '',
      correctsDecisionId: '',
      grantOutcome: '',
      grantedAmount: '',
    });
    const saved = {
      kind: 'grant' as const,
      title: 'Bifall',
      text: 'Beviljas.',
      corrects: null,
      grantOutcome: 'granted' as const,
      grantedAmountOre: 110_000_000,
    };
    expect(itemDecisionDefaults('Ärende', saved, true)).toMatchObject({
      grantOutcome: 'granted',
      grantedAmount: '1\u00a0100\u00a0000',
    });
    const base = { kind: 'grant', title: 'Bifall', text: 'Beviljas.', correctsDecisionId: '' };
    expect(itemDecisionFormSchema.parse({ ...base, grantOutcome: '', grantedAmount: '' })).toMatchObject({
      grantOutcome: null,
      grantedAmount: '',
    });
    const result = itemDecisionFormSchema.safeParse({
      ...base,
      grantOutcome: 'granted',
      grantedAmount: 'tio',
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['grantedAmount']);
  });

  it('offers only approved decisions of earlier meetings to correct', () => {
    const rows = [
      { id: 'a', meetingDate: '2019-11-29', meetingStatus: 'approved' },
      { id: 'b', meetingDate: '2019-11-29', meetingStatus: 'held' },
      { id: 'c', meetingDate: '2020-02-14', meetingStatus: 'approved' },
    ];
    expect(correctableDecisions(rows, '2020-02-14').map((row) => row.id)).toEqual(['a']);
  });
});
