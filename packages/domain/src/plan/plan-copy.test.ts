import { describe, expect, it } from 'vitest';
import { copiedPlanName, copyPlanToNextPeriod, nextPeriodOf } from './plan-copy.ts';

describe('copyPlanToNextPeriod', () => {
  it('moves a three-year plan on by three years, activities with it', () => {
    const plan = {
      name: 'Verksamhetsplan och budget 2020–2022',
      firstYear: 2020,
      lastYear: 2022,
      vision: 'Vision',
      goals: [
        {
          code: '5.1',
          indicators: [{ text: 'Minst nationellt' }],
          activities: [
            { text: 'Spridningskonferens', year: 2021 },
            { text: 'Löpande', year: null },
          ],
        },
      ],
    };
    expect(copyPlanToNextPeriod(plan)).toEqual({
      name: 'Verksamhetsplan och budget 2023–2025',
      firstYear: 2023,
      lastYear: 2025,
      vision: 'Vision',
      goals: [
        {
          code: '5.1',
          indicators: [{ text: 'Minst nationellt' }],
          activities: [
            { text: 'Spridningskonferens', year: 2024 },
            { text: 'Löpande', year: null },
          ],
        },
      ],
    });
  });

  it('moves a one-year plan on by one year', () => {
    expect(nextPeriodOf({ firstYear: 2019, lastYear: 2019 })).toEqual({
      firstYear: 2020,
      lastYear: 2020,
      shift: 1,
    });
  });
});

describe('copiedPlanName', () => {
  const span = { firstYear: 2020, lastYear: 2022 };
  const next = { firstYear: 2023, lastYear: 2025 };

  it('replaces the years however the dash was written', () => {
    expect(copiedPlanName('Verksamhetsplan och budget 2020 - 2022', span, next)).toBe(
      'Verksamhetsplan och budget 2023–2025',
    );
    expect(copiedPlanName('Plan 2020-2022 (reviderad)', span, next)).toBe('Plan 2023–2025 (reviderad)');
  });

  it('replaces a single year only where it stands alone', () => {
    expect(
      copiedPlanName(
        'Verksamhetsplan 2019',
        { firstYear: 2019, lastYear: 2019 },
        { firstYear: 2020, lastYear: 2020 },
      ),
    ).toBe('Verksamhetsplan 2020');
    expect(
      copiedPlanName('Plan 120190', { firstYear: 2019, lastYear: 2019 }, { firstYear: 2020, lastYear: 2020 }),
    ).toBe('Plan 120190 2020');
  });

  it('adds the new years to a name without the old ones', () => {
    expect(copiedPlanName('Verksamhetsplan', span, next)).toBe('Verksamhetsplan 2023–2025');
  });
});
