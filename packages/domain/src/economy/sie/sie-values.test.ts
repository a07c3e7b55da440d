import { describe, expect, it } from 'vitest';
import { parseSieAmount, parseSieDate, parseSiePeriod } from './sie-values.ts';

describe('SIE values', () => {
  it('reads amounts to the öre without floating point', () => {
    expect(parseSieAmount('1234.56')).toBe(123_456);
    expect(parseSieAmount('-0.10')).toBe(-10);
    expect(parseSieAmount('100')).toBe(10_000);
    expect(parseSieAmount('2.5')).toBe(250);
    expect(parseSieAmount('1.100')).toBe(110);
    expect(parseSieAmount('0.29')).toBe(29);
  });

  it('refuses amounts with a comma, more öre than two decimals or letters', () => {
    expect(parseSieAmount('1234,56')).toBeNull();
    expect(parseSieAmount('1.005')).toBeNull();
    expect(parseSieAmount('12x34.00')).toBeNull();
    expect(parseSieAmount('')).toBeNull();
  });

  it('reads dates and months that exist', () => {
    expect(parseSieDate('20240229')).toBe('2024-02-29');
    expect(parseSieDate('20250229')).toBeNull();
    expect(parseSieDate('2025-01-01')).toBeNull();
    expect(parseSiePeriod('202512')).toBe('2025-12');
    expect(parseSiePeriod('202513')).toBeNull();
  });
});
