import { describe, expect, it } from 'vitest';
import { amountTextSchema, amountToText, parseAmountText } from './amount-text.ts';

describe('parseAmountText', () => {
  it('reads kronor as the domain does', () => {
    expect(parseAmountText('1 600 000')).toEqual({ ok: true, value: 160_000_000 });
    expect(parseAmountText('−12 345,50')).toEqual({ ok: true, value: -1_234_550 });
    expect(parseAmountText('12,345')).toEqual({ ok: false, error: 'money.tooManyDecimals' });
  });

  it('reads thousands of kronor, exact to the öre', () => {
    expect(parseAmountText('1 600', 'tkr')).toEqual({ ok: true, value: 160_000_000 });
    expect(parseAmountText('1\u00a0234,5675', 'tkr')).toEqual({ ok: true, value: 123_456_750 });
    expect(parseAmountText('-2,5 tkr', 'tkr')).toEqual({ ok: true, value: -250_000 });
    expect(parseAmountText('0,123456', 'tkr')).toEqual({ ok: false, error: 'money.tooManyDecimals' });
    expect(parseAmountText('1.600', 'tkr')).toEqual({ ok: false, error: 'money.invalidFormat' });
    expect(parseAmountText('  ', 'tkr')).toEqual({ ok: false, error: 'money.empty' });
  });
});

describe('amountToText', () => {
  it('writes an amount for editing without rounding it', () => {
    expect(amountToText(160_000_000)).toBe('1\u00a0600\u00a0000');
    expect(amountToText(123_456_750, 'tkr')).toBe('1\u00a0234,5675');
    expect(amountToText(160_000_000, 'tkr')).toBe('1\u00a0600');
    expect(amountToText(null, 'tkr')).toBe('');
  });

  it('round-trips through the parser in both units', () => {
    for (const amount of [0, 1, 99, 123_456_750, -987_654_321]) {
      for (const unit of ['kr', 'tkr'] as const) {
        expect(parseAmountText(amountToText(amount, unit), unit)).toEqual({ ok: true, value: amount });
      }
    }
  });
});

describe('amountTextSchema', () => {
  it('turns text into öre and names the problem with a catalogue key', () => {
    const schema = amountTextSchema({ unit: 'tkr', empty: 'zero' });
    expect(schema.parse('50')).toBe(5_000_000);
    expect(schema.parse('')).toBe(0);
    expect(schema.safeParse('-5').error?.issues[0]?.message).toBe('money.negative');
    expect(schema.safeParse('fem').error?.issues[0]?.message).toBe('money.invalidFormat');
  });

  it('keeps a blank field apart from zero when asked', () => {
    expect(amountTextSchema({ unit: 'kr', empty: 'null' }).parse(' ')).toBeNull();
    expect(amountTextSchema({ unit: 'kr', empty: 'required' }).safeParse('').error?.issues[0]?.message).toBe(
      'money.empty',
    );
    expect(amountTextSchema({ unit: 'kr', empty: 'zero', allowNegative: true }).parse('−1')).toBe(-100);
  });
});
