import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatFileTime,
  formatNumber,
  formatPercent,
  formatShare,
} from './format.ts';

// Swedish groups digits with a no-break space and writes minus as U+2212.
const normalise = (text: string) => text.replace(/\u00a0|\u202f/g, ' ').replace('\u2212', '-');

describe('formatting in sv-SE', () => {
  it('groups thousands with spaces', () => {
    expect(normalise(formatNumber(1234567))).toBe('1 234 567');
    expect(normalise(formatNumber(5776803n))).toBe('5 776 803');
  });

  it('writes negative numbers with a minus sign', () => {
    expect(normalise(formatNumber(-3330000))).toBe('-3 330 000');
  });

  it('writes a percentage share with one decimal', () => {
    expect(normalise(formatShare(27.5))).toBe('27,5 %');
    expect(normalise(formatShare(36.64))).toBe('36,6 %');
    expect(normalise(formatShare(50))).toBe('50,0 %');
  });

  it('writes a share as a whole percentage', () => {
    expect(normalise(formatPercent(0.43))).toBe('43 %');
  });

  it('formats a calendar date without shifting the day', () => {
    expect(formatDate('2019-06-30')).toBe('30 juni 2019');
    expect(formatDate('2019-01-01', 'short')).toBe('2019-01-01');
  });

  it('leaves anything that is not a date as it is', () => {
    expect(formatDate('snart')).toBe('snart');
  });

  it('writes a moment in Swedish time, long form, with "kl." before the time', () => {
    // 11:12 UTC is 12:12 in Sweden in winter, 13:12 in summer.
    expect(formatDateTime('2026-12-04T11:12:00Z')).toBe('4 december 2026 kl. 12:12');
    expect(formatDateTime('2026-06-04T11:12:00Z')).toBe('4 juni 2026 kl. 13:12');
    expect(formatDateTime('2026-12-31T23:30:00Z', false)).toBe('1 januari 2027');
    expect(formatDateTime('inte en tid')).toBe('inte en tid');
  });

  it('writes a moment for a file ISO-like in Swedish time, with or without seconds', () => {
    expect(formatFileTime('2026-12-04T11:12:05Z')).toBe('2026-12-04 12:12:05');
    expect(formatFileTime('2026-06-04T11:12:05Z', 'toTheMinute')).toBe('2026-06-04 13:12');
    expect(formatFileTime('okänd')).toBe('okänd');
  });
});
