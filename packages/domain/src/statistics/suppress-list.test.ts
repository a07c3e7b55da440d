import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSuppressed, SUPPRESSED } from './published-value.ts';
import { suppressList } from './suppress-list.ts';

const S = SUPPRESSED;

describe('suppressList', () => {
  it('hides participants by gender when one group is 1–4, with the smallest other group', () => {
    // women 14, men 3, other 0: the 3 is primary, 14 its complement; the 0 stays.
    expect(suppressList([14, 3, 0])).toEqual({ values: [S, S, 0], total: 17 });
  });

  it('publishes a list without small counts unchanged', () => {
    expect(suppressList([12, 30, 0])).toEqual({ values: [12, 30, 0], total: 42 });
  });

  it('hides the total when it is 1–4 and the only other small value with it', () => {
    expect(suppressList([0, 3, 0])).toEqual({ values: [0, S, 0], total: S });
  });

  it('hides a third value when the two hidden ones would both be 1', () => {
    expect(suppressList([1, 1, 9, 40])).toEqual({ values: [S, S, S, 40], total: 51 });
  });

  it('hides the total when only ones are left to hide', () => {
    expect(suppressList([1, 1, 1])).toEqual({ values: [S, S, S], total: S });
  });

  it('hides an index the caller asks for, e.g. a county with two förbund, with a complement', () => {
    expect(suppressList([40, 50, 60], { alsoSuppress: (index) => index === 2 })).toEqual({
      values: [S, 50, S],
      total: 150,
    });
  });

  it('rejects negative and fractional counts', () => {
    expect(() => suppressList([-1])).toThrow(RangeError);
    expect(() => suppressList([0.5])).toThrow(RangeError);
  });

  it('on random lists: never shows 1–4, never hides exactly one value, never hides only ones behind a shown total', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(0), fc.nat(6), fc.nat(300)), { maxLength: 12 }), (values) => {
        const { values: out, total } = suppressList(values);
        const all = [...out, total];
        const inputs = [...values, values.reduce((a, b) => a + b, 0)];
        const hidden = all.flatMap((value, index) => (isSuppressed(value) ? [inputs[index] ?? 0] : []));
        const shown = all.filter((value): value is number => !isSuppressed(value));
        const totalShown = !isSuppressed(total);
        return (
          shown.every((value) => value === 0 || value >= 5) &&
          all.every((value, index) => isSuppressed(value) || value === inputs[index]) &&
          hidden.length !== 1 &&
          !(totalShown && hidden.length > 0 && hidden.every((value) => value === 1))
        );
      }),
      { numRuns: 500 },
    );
  });
});
