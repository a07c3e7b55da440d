import { describe, expect, it } from 'vitest';
import { currentHalfYearInSweden, todayInSweden } from './today-in-sweden.ts';

describe('todayInSweden', () => {
  it('is already tomorrow in Sweden when UTC is still on yesterday', () => {
    // 23:30 UTC on 31 December is 00:30 on 1 January in Stockholm (winter time, UTC+1).
    expect(todayInSweden(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    // 22:30 UTC on 30 June is 00:30 on 1 July (summer time, UTC+2).
    expect(todayInSweden(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayInSweden(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });

  it('gives the half-year of the Swedish date', () => {
    expect(currentHalfYearInSweden(new Date('2026-06-30T22:30:00Z'))).toBe('2026-H2');
    expect(currentHalfYearInSweden(new Date('2026-06-30T21:30:00Z'))).toBe('2026-H1');
  });
});
