import { describe, expect, it } from 'vitest';
import { boardWorkPeriods, chosenBoardWorkPeriod } from './board-work-periods.ts';

describe('the "Styrelsens arbete" period picker', () => {
  it('offers each year and its halves from this year back ten years, newest first', () => {
    const periods = boardWorkPeriods(2026, null);
    expect(periods.slice(0, 4)).toEqual(['2026', '2026-H2', '2026-H1', '2025']);
    expect(periods).toHaveLength(33);
    expect(periods.at(-1)).toBe('2016-H1');
  });

  it('keeps a period asked for that lies further back', () => {
    expect(boardWorkPeriods(2030, '2015-H1').at(-1)).toBe('2015-H1');
    expect(boardWorkPeriods(2026, '2019-H1').filter((period) => period === '2019-H1')).toHaveLength(1);
  });

  it('opens on the period asked for, or on the current half-year for anything else', () => {
    expect(chosenBoardWorkPeriod('2019-H1', '2026-H2')).toBe('2019-H1');
    expect(chosenBoardWorkPeriod('2019', '2026-H2')).toBe('2019');
    expect(chosenBoardWorkPeriod('2019-06', '2026-H2')).toBe('2026-H2');
    expect(chosenBoardWorkPeriod(null, '2026-H2')).toBe('2026-H2');
  });
});
