import { validateParticipantFigures } from '@samsyn/domain';
import { describe, expect, it } from 'vitest';
import { figuresFromForm, formFromFigures } from './figures-form-state.ts';

describe('the period figures form', () => {
  it('round-trips saved figures through the form', () => {
    const figures = {
      kind: 'individual' as const,
      new: { total: 7, women: 3, men: 4, otherUnknown: 0 },
      ongoing: { total: 13, women: 5, men: 8, otherUnknown: 0 },
      ended: { total: 11, women: 3, men: 8, otherUnknown: 0 },
      outcomes: {
        work: { total: 6, women: 1, men: 5, otherUnknown: 0 },
        studies: { total: 1, women: 0, men: 1, otherUnknown: 0 },
        jobSeeking: { total: 0, women: 0, men: 0, otherUnknown: 0 },
        otherPlanning: { total: 4, women: 2, men: 2, otherUnknown: 0 },
      },
      ageBandsAtStart: null,
      incomeSourcesAtStart: null,
    };
    const state = formFromFigures(figures);
    expect(state.values['outcomes.work.men']).toBe('5');
    expect(figuresFromForm('individual', state)).toEqual(figures);
  });

  it('sends an empty field as missing and a typo as not-a-number, so the validator names the field', () => {
    const state = formFromFigures(null);
    state.hasEnded = false;
    state.hasOutcomes = false;
    state.values = { 'new.total': '2', 'new.women': '1', 'new.men': 'x', 'new.otherUnknown': '0' };
    const result = validateParticipantFigures(figuresFromForm('individual', state), 'individual');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => [problem.path.join('.'), problem.key])).toContainEqual([
      'new.men',
      'figures.notANumber',
    ]);
    expect(result.problems.map((problem) => problem.path.join('.'))).toContain('ongoing.total');
  });
});
