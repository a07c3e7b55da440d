import { describe, expect, it } from 'vitest';
import {
  kronorTextSchema,
  nonNegativeKronorTextSchema,
  oreSchema,
  signedOreSchema,
} from './money-schemas.ts';
import { parseKronor } from './parse-kronor.ts';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message);

describe('money schemas', () => {
  it('accepts a non-negative öre amount and refuses others with stable keys', () => {
    expect(oreSchema.parse(665_975_000)).toBe(665_975_000);
    expect(messages(oreSchema.safeParse(-1))).toEqual(['money.negative']);
    expect(messages(oreSchema.safeParse(1.5))).toEqual(['money.notInteger']);
    expect(messages(oreSchema.safeParse('100'))).toEqual(['money.notANumber']);
    expect(messages(oreSchema.safeParse(1_000_000_000_001))).toEqual(['money.tooLarge']);
  });
  it('accepts signed amounts within ±10 000 000 000 kr', () => {
    expect(signedOreSchema.parse(-90_000_000)).toBe(-90_000_000);
    expect(messages(signedOreSchema.safeParse(-1_000_000_000_001))).toEqual(['money.tooLarge']);
  });
  it('reads Swedish kronor text to öre', () => {
    expect(kronorTextSchema.parse('1 234 567,50')).toBe(123_456_750);
    expect(messages(kronorTextSchema.safeParse('12,345'))).toEqual(['money.tooManyDecimals']);
    expect(messages(nonNegativeKronorTextSchema.safeParse('-5'))).toEqual(['money.negative']);
  });
});

describe('parseKronor', () => {
  it('reads thousands separated by space, no-break space or narrow no-break space', () => {
    expect(parseKronor('1 234 567')).toEqual({ ok: true, value: 123_456_700 });
    expect(parseKronor('1\u00a0234\u00a0567')).toEqual({ ok: true, value: 123_456_700 });
    expect(parseKronor('1\u202f234\u202f567,5')).toEqual({ ok: true, value: 123_456_750 });
    expect(parseKronor('-12 345')).toEqual({ ok: true, value: -1_234_500 });
    expect(parseKronor('\u221212 345 kr')).toEqual({ ok: true, value: -1_234_500 });
    expect(parseKronor('1234567.5')).toEqual({ ok: true, value: 123_456_750 });
  });
  it('refuses ambiguous or malformed text', () => {
    expect(parseKronor('1.234')).toEqual({ ok: false, error: 'money.invalidFormat' });
    expect(parseKronor('12 34')).toEqual({ ok: false, error: 'money.invalidFormat' });
    expect(parseKronor('abc')).toEqual({ ok: false, error: 'money.invalidFormat' });
    expect(parseKronor('  ')).toEqual({ ok: false, error: 'money.empty' });
    expect(parseKronor('99 999 999 999')).toEqual({ ok: false, error: 'money.tooLarge' });
  });
});
