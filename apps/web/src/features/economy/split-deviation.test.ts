import { describe, expect, it } from 'vitest';
import { deviatesInOre } from './split-deviation.ts';

describe('deviatesInOre', () => {
  it('sees a deviation of one öre or more', () => {
    expect(deviatesInOre([{ deviationAmount: 0 }, { deviationAmount: -1 }])).toBe(true);
  });

  it('sees none when every group is on the norm to the öre', () => {
    expect(deviatesInOre([{ deviationAmount: 0 }, { deviationAmount: 0 }, { deviationAmount: 0 }])).toBe(
      false,
    );
  });
});
