import { describe, expect, it } from 'vitest';
import { formatTarget, goalHeading, indicatorGoalMessage, shortName } from './plan-labels.ts';

describe('formatTarget', () => {
  it('writes exact decimals the Swedish way, without trailing zeros', () => {
    expect(formatTarget('20.00', 'percent')).toBe('20\u00a0%');
    expect(formatTarget('12.50', 'score')).toBe('12,5');
    expect(formatTarget('1000.00', 'count')).toBe('1\u00a0000');
    expect(formatTarget('0.05', 'percent')).toBe('0,05\u00a0%');
  });
});

describe('indicatorGoalMessage', () => {
  it('says what 5.4 aims for: at most 20 %', () => {
    expect(indicatorGoalMessage({ comparison: 'atMost', unit: 'percent', targetValue: '20.00' })).toEqual({
      key: 'plan.indicator.goalAtMost',
      values: { target: '20\u00a0%' },
    });
  });

  it('needs no target for the national figure, last year or a judgement', () => {
    expect(
      indicatorGoalMessage({ comparison: 'atLeastNational', unit: 'score', targetValue: null }).key,
    ).toBe('plan.indicator.goalAtLeastNational');
    expect(indicatorGoalMessage({ comparison: 'judged', unit: 'none', targetValue: null }).key).toBe(
      'plan.indicator.goalJudged',
    );
  });
});

describe('goalHeading and shortName', () => {
  it('puts the code before the title when there is one', () => {
    expect(goalHeading({ code: '5.4', title: 'Verksamhet i ekonomisk balans' })).toBe(
      '5.4 Verksamhet i ekonomisk balans',
    );
    expect(goalHeading({ code: '', title: 'Samverkan' })).toBe('Samverkan');
  });

  it('shortens a long text on one line', () => {
    expect(shortName('Arbeta med\ninformation', 60)).toBe('Arbeta med information');
    expect(shortName('a'.repeat(70), 10)).toBe('aaaaaaaaa…');
  });
});
