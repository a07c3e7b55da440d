import { describe, expect, it } from 'vitest';
import { ratio } from '../money/ratio.ts';
import { minContributors, publishForbundCount } from './min-contributors.ts';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('minContributors', () => {
  it('publishes a national figure with three förbund behind it', () => {
    const result = minContributors(
      [
        { forbundId: 'a', value: 10 },
        { forbundId: 'b', value: 20 },
        { forbundId: 'c', value: 30 },
      ],
      sum,
    );
    expect(result).toEqual({ isPublished: true, value: 60, contributors: 3 });
  });

  it('suppresses a figure with two förbund behind it, with the reason and without computing it', () => {
    let called = false;
    const result = minContributors(
      [
        { forbundId: 'a', value: 10 },
        { forbundId: 'b', value: 20 },
      ],
      (values) => {
        called = true;
        return sum(values);
      },
    );
    expect(result).toEqual({
      isPublished: false,
      reason: 'too_few_contributors',
      contributors: 2,
      minimum: 3,
    });
    expect(called).toBe(false);
  });

  it('does not count zeros or missing values towards a sum, since the sum would be one förbund’s value', () => {
    const contributions = [
      { forbundId: 'a', value: 0 },
      { forbundId: 'b', value: null },
      { forbundId: 'c', value: 7 },
      { forbundId: 'd', value: 9 },
    ];
    expect(minContributors(contributions, sum).isPublished).toBe(false);
    expect(minContributors(contributions, sum, { rule: 'reported' }).isPublished).toBe(true);
  });

  it('counts a förbund once however many rows it contributes', () => {
    const contributions = [
      { forbundId: 'a', value: 1 },
      { forbundId: 'a', value: 2 },
      { forbundId: 'b', value: 3 },
    ];
    expect(minContributors(contributions, sum).isPublished).toBe(false);
  });

  it('treats a zero share as zero', () => {
    const contributions = [
      { forbundId: 'a', value: ratio(0, 10) },
      { forbundId: 'b', value: ratio(1, 10) },
      { forbundId: 'c', value: ratio(2, 10) },
    ];
    expect(minContributors(contributions, (values) => values.length).isPublished).toBe(false);
    expect(minContributors(contributions, (values) => values.length, { rule: 'reported' })).toEqual({
      isPublished: true,
      value: 3,
      contributors: 3,
    });
  });
});

describe('publishForbundCount', () => {
  it('withholds a count of one or two förbund, which would name them, and shows 0 and 3 or more', () => {
    expect([0, 1, 2, 3, 41].map(publishForbundCount)).toEqual([0, '..', '..', 3, 41]);
  });
});
