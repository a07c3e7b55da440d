import { kronorTextSchema } from '@samsyn/domain';
import { describe, expect, it } from 'vitest';
import {
  kronorText,
  markPaidBlock,
  nextYear,
  yearsFormDefaults,
  yearsSumMessage,
} from './agreement-values.ts';
import { bookedAsText } from './booked-as.ts';

describe('the agreement section helpers', () => {
  it('writes öre as kronor text the schema reads back to the öre', () => {
    for (const amount of [0, 110_000_000, 12_345, 5, -150])
      expect(kronorTextSchema.parse(kronorText(amount))).toBe(amount);
    expect(kronorText(110_000_000)).toBe('1100000');
    expect(kronorText(12_345)).toBe('123,45');
  });

  it('fills the years form from the agreement', () => {
    expect(yearsFormDefaults({ years: [{ year: 2016, amountOre: 110_000_000 }], note: 'N' })).toEqual({
      years: [{ year: '2016', amount: '1100000' }],
      note: 'N',
    });
  });

  it('says how far the years are from the grant', () => {
    expect(yearsSumMessage(0)).toEqual({ key: 'agreements.years.matches' });
    expect(yearsSumMessage(-5_000_000).key).toBe('agreements.years.under');
    expect(yearsSumMessage(100).key).toBe('agreements.years.over');
  });

  it('blocks the final payment until the final report is approved, and every payment before signing', () => {
    const signed = { status: 'signed' as const, isFinalReportApproved: false };
    expect(markPaidBlock({ kind: 'final' }, signed)).toBe('agreements.payments.finalBlocked');
    expect(markPaidBlock({ kind: 'advance' }, signed)).toBeNull();
    expect(markPaidBlock({ kind: 'final' }, { ...signed, isFinalReportApproved: true })).toBeNull();
    expect(markPaidBlock({ kind: 'advance' }, { ...signed, status: 'draft' })).toBe(
      'agreements.payments.notSignedBlocked',
    );
  });

  it('offers the year after the last when a row is added', () => {
    expect(nextYear([{ year: '2031' }, { year: '2032' }], 2026)).toBe('2033');
    expect(nextYear([], 2026)).toBe('2026');
  });
});

describe('bookedAsText', () => {
  it('names the line, the period and the amount', () => {
    const line = { lineName: 'Insatsmedel', year: 2031, amountOre: 10_000_000 };
    expect(bookedAsText({ ...line, periodKind: 'month', periodNumber: 3 }).replace(/\s/g, ' ')).toBe(
      'Insatsmedel, mars 2031: 100 000 kr',
    );
    expect(bookedAsText({ ...line, periodKind: 'half', periodNumber: 2 })).toMatch(/^Insatsmedel, H2 2031: /);
  });
});
