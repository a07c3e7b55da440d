import { describe, expect, it } from 'vitest';
import type { Ore } from '../money/ore.ts';
import { type FeeRow, feeDifference, feePeriodDates, sumFees } from './fees.ts';

const row = (bodyId: string, seatId: string, meetingId: string, feeOre: number, attended = true): FeeRow => ({
  bodyId,
  seatId,
  meetingId,
  attended,
  feeOre: feeOre as Ore,
});

describe('sumFees', () => {
  it('sums per seat, per body and in total, in whole öre', () => {
    const sums = sumFees([
      row('board', 'chair', 'm1', 150_000),
      row('board', 'chair', 'm2', 150_050),
      row('board', 'member', 'm1', 100_000),
      row('board', 'member', 'm2', 0, false),
      row('au', 'chair', 'm3', 75_001),
    ]);
    expect(sums.seats).toEqual([
      { bodyId: 'board', seatId: 'chair', meetings: 2, feeOre: 300_050 },
      { bodyId: 'board', seatId: 'member', meetings: 1, feeOre: 100_000 },
      { bodyId: 'au', seatId: 'chair', meetings: 1, feeOre: 75_001 },
    ]);
    expect(sums.bodies).toEqual([
      { bodyId: 'board', feeOre: 400_050 },
      { bodyId: 'au', feeOre: 75_001 },
    ]);
    expect(sums.totalOre).toBe(475_051);
  });

  it('gives zero for no rows', () => {
    expect(sumFees([])).toEqual({ seats: [], bodies: [], totalOre: 0 });
  });
});

describe('feeDifference', () => {
  it('is booked minus recorded, and null without a fee line', () => {
    expect(feeDifference(7_662_700 as Ore, 7_700_000 as Ore)).toBe(37_300);
    expect(feeDifference(7_662_700 as Ore, null)).toBeNull();
  });
});

describe('feePeriodDates', () => {
  it('reads a half-year, a year and a month', () => {
    expect(feePeriodDates('2019-H1')).toEqual({ from: '2019-01-01', to: '2019-06-30' });
    expect(feePeriodDates('2019')).toEqual({ from: '2019-01-01', to: '2019-12-31' });
    expect(feePeriodDates('2020-02')).toEqual({ from: '2020-02-01', to: '2020-02-29' });
  });

  it('refuses anything else', () => {
    expect(feePeriodDates('2019-H3')).toBeNull();
    expect(feePeriodDates('')).toBeNull();
  });
});
