import { describe, expect, it } from 'vitest';
import { kronor } from '../money/ore.ts';
import { percent } from '../money/ratio.ts';
import { equityGoal } from './equity-goal.ts';

describe('equityGoal', () => {
  it('finds the goal met at exactly 20 % and missed one öre above it, even though both show as 20 %', () => {
    const revenue = kronor(13_319_500);
    expect(
      equityGoal({ equity: kronor(2_663_900), budgetedRevenue: revenue, limit: percent(20) }).isMet,
    ).toBe(true);
    const above = equityGoal({ equity: kronor(2_663_900.01), budgetedRevenue: revenue, limit: percent(20) });
    expect([above.isMet, above.percentRounded]).toEqual([false, 20]);
  });
});
