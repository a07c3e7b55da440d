import { describe, expect, it } from 'vitest';
import { kronor } from '../money/ore.ts';
import { equityMovementDifference } from './balance-sheet.ts';

describe('equityMovementDifference', () => {
  it('confirms that equity moved by the half-year result: 1 957 303 + 3 344 423 = 5 301 726', () => {
    expect(
      equityMovementDifference({
        opening: kronor(1_957_303),
        result: kronor(3_344_423),
        closing: kronor(5_301_726),
      }),
    ).toBe(0);
  });
});
