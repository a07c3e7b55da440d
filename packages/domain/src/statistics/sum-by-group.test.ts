import { describe, expect, it } from 'vitest';
import { SUPPRESSED } from './published-value.ts';
import { sumByGroup } from './sum-by-group.ts';

describe('sumByGroup', () => {
  const group = (key: string, ...values: number[]) => ({
    key,
    contributions: values.map((value, index) => ({ forbundId: `${key}-${index}`, value })),
  });

  it('hides a county with two förbund and the smallest other county, so the national total cannot give it back', () => {
    const result = sumByGroup([group('01', 10, 20, 30), group('03', 40, 50), group('21', 5, 6, 7, 8)]);
    expect(result).toEqual({
      groups: [
        { key: '01', value: 60 },
        { key: '03', value: SUPPRESSED },
        { key: '21', value: SUPPRESSED },
      ],
      total: 176,
    });
  });

  it('publishes every county with three förbund or more', () => {
    expect(sumByGroup([group('01', 1, 2, 3), group('21', 4, 5, 6)])).toEqual({
      groups: [
        { key: '01', value: 6 },
        { key: '21', value: 15 },
      ],
      total: 21,
    });
  });

  it('applies the small-count threshold to participant sums when asked', () => {
    const result = sumByGroup([group('01', 1, 1, 1), group('21', 4, 5, 6), group('22', 7, 8, 9)], {
      threshold: 5,
    });
    expect(result.groups.map((g) => g.value)).toEqual([SUPPRESSED, SUPPRESSED, 24]);
  });

  it('hides the national total when fewer than three förbund contribute at all', () => {
    expect(sumByGroup([group('01', 10), group('21', 20)]).total).toEqual(SUPPRESSED);
  });
});
