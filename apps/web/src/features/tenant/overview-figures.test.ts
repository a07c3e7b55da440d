import { describe, expect, it } from 'vitest';
import {
  interventionsWithGoalsAtRisk,
  interventionsWithoutFigures,
  latestReportedPeriod,
  monthName,
  overviewYear,
  percentOf,
} from './overview-figures.ts';

const year = (
  value: number,
  fields: Partial<{ hasBudget: boolean; hasPlan: boolean; actuals: number }> = {},
) => ({
  year: value,
  hasBudget: false,
  hasPlan: false,
  actuals: 0,
  lastActualMonth: null,
  ...fields,
});

describe('overviewYear', () => {
  it('is the latest year up to now with actuals, not a later plan year or next year with only a budget', () => {
    const years = [
      year(2027, { hasBudget: true }),
      year(2022, { hasPlan: true }),
      year(2019, { actuals: 40 }),
    ];
    expect(overviewYear(years, 2026).year).toBe(2019);
    expect(overviewYear([year(2026, { actuals: 1 }), ...years], 2026).year).toBe(2026);
  });

  it('before any actuals is the latest year up to now with a budget or plan year', () => {
    expect(overviewYear([year(2027, { hasBudget: true }), year(2025, { hasBudget: true })], 2026).year).toBe(
      2025,
    );
    expect(overviewYear([year(2026, { hasPlan: true })], 2026).year).toBe(2026);
  });

  it('is this year when the förbund keeps nothing yet', () => {
    expect(overviewYear([], 2026)).toEqual(year(2026));
  });
});

describe('latestReportedPeriod', () => {
  it('is the period that ends last, a year before the half-year that ends with it', () => {
    expect(latestReportedPeriod(['2019-H1', null, '2019-03', '2018'])).toBe('2019-H1');
    expect(latestReportedPeriod(['2019-H2', '2019'])).toBe('2019');
  });

  it('is null when no intervention has reported, and ignores what is not a period', () => {
    expect(latestReportedPeriod([null, 'x'])).toBeNull();
  });
});

describe('percentOf', () => {
  it('rounds to one decimal and has no share of nothing', () => {
    expect(percentOf(2_750, 10_000)).toBe(27.5);
    expect(percentOf(5_776_803, 13_319_500)).toBe(43.4);
    expect(percentOf(5, 0)).toBeNull();
  });
});

describe('interventionsWithGoalsAtRisk', () => {
  it('counts goals not met, not yet met or partly met, and leaves out goals without figures', () => {
    const rows = [
      {
        interventionId: 'a',
        name: 'A',
        goals: [
          { followUp: { type: 'count' as const, status: 'not_yet_met' } },
          { followUp: { type: 'qualitative' as const, status: 'partly_met' } },
          { followUp: { type: 'share' as const, status: 'met' } },
        ],
      },
      {
        interventionId: 'b',
        name: 'B',
        goals: [{ followUp: { type: 'count' as const, status: 'no_figures' } }],
      },
      {
        interventionId: 'c',
        name: 'C',
        goals: [{ followUp: { type: 'share' as const, status: 'not_met' } }],
      },
    ];
    expect(interventionsWithGoalsAtRisk(rows)).toEqual([
      { interventionId: 'a', name: 'A', atRisk: 2, goals: 3 },
      { interventionId: 'c', name: 'C', atRisk: 1, goals: 1 },
    ]);
  });
});

describe('interventionsWithoutFigures', () => {
  it('lists individual interventions without actual participants and structural ones without figures', () => {
    const rows = [
      {
        interventionId: 'a',
        name: 'A',
        kind: 'individual' as const,
        individual: { actual: null },
        structural: null,
      },
      {
        interventionId: 'b',
        name: 'B',
        kind: 'individual' as const,
        individual: { actual: { total: 3 } },
        structural: null,
      },
      { interventionId: 'c', name: 'C', kind: 'structural' as const, individual: null, structural: null },
      {
        interventionId: 'd',
        name: 'D',
        kind: 'structural' as const,
        individual: null,
        structural: { meetingsHeld: 2 },
      },
    ];
    expect(interventionsWithoutFigures(rows)).toEqual([
      { interventionId: 'a', name: 'A' },
      { interventionId: 'c', name: 'C' },
    ]);
  });
});

describe('monthName', () => {
  it('names the month in Swedish', () => {
    expect(monthName(6)).toBe('juni');
    expect(monthName(12)).toBe('december');
  });
});
