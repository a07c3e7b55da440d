import { describe, expect, it } from 'vitest';
import { formatMoney } from './format-money.ts';
import { formatPercent, roundPercent } from './format-percent.ts';
import { kronor } from './ore.ts';
import { percent, shareOfOre } from './ratio.ts';

// Intl's sv-SE output (Node 20 ICU) uses U+00A0 NO-BREAK SPACE between thousands and U+2212 MINUS SIGN.
const s = '\u00a0';

describe('formatMoney', () => {
  it('shows whole kronor without decimals: 1 234 567 kr', () => {
    expect(formatMoney(kronor(1_234_567))).toBe(`1${s}234${s}567${s}kr`);
  });
  it('does not hide öre by default', () => {
    expect(formatMoney(kronor(1_234_567.5))).toBe(`1${s}234${s}567,50${s}kr`);
  });
  it('writes negative amounts with the minus sign Intl gives', () => {
    expect(formatMoney(kronor(-827_090))).toBe(`\u2212827${s}090${s}kr`);
  });
  it('shows tkr rounded half away from zero, without decimals unless asked', () => {
    expect(formatMoney(kronor(3_623_000), { unit: 'tkr' })).toBe(`3${s}623${s}tkr`);
    expect(formatMoney(kronor(1_500), { unit: 'tkr' })).toBe(`2${s}tkr`);
    expect(formatMoney(kronor(-1_500), { unit: 'tkr' })).toBe(`\u22122${s}tkr`);
    expect(formatMoney(kronor(13_319_500), { unit: 'tkr', decimals: 1 })).toBe(`13${s}319,5${s}tkr`);
  });
  it('formats zero and amounts beyond a million kronor exactly', () => {
    expect(formatMoney(kronor(0))).toBe(`0${s}kr`);
    expect(formatMoney(kronor(9_999_999_999.99))).toBe(`9${s}999${s}999${s}999,99${s}kr`);
  });
});

describe('formatPercent', () => {
  it('shows the Gävleborg equity share 5 776 803 / 13 319 500 as 43 %', () => {
    const share = shareOfOre(kronor(5_776_803), kronor(13_319_500));
    expect(formatPercent(share)).toBe(`43${s}%`);
    expect(formatPercent(share, { decimals: 1 })).toBe(`43,4${s}%`);
    expect(roundPercent(share, 2)).toBe(43.37);
  });
  it('rounds half a percent away from zero', () => {
    expect(formatPercent(percent('12.5'))).toBe(`13${s}%`);
    expect(formatPercent(percent('-12.5'))).toBe(`\u221213${s}%`);
  });
});
