import { describe, expect, it } from 'vitest';
import { isWholeKronor, kronor, ore } from './ore.ts';
import { oreFromDb, oreToDb } from './ore-from-db.ts';
import { absOre, addOre, compareOre, multiplyOre, negateOre, subtractOre, sumOre } from './ore-math.ts';

describe('ore and kronor', () => {
  it('holds 6 659 750 kr as 665 975 000 öre', () => {
    expect(kronor(6_659_750)).toBe(665_975_000);
  });
  it('takes öre from a fractional krona through its decimal text, so 0,29 kr is exactly 29 öre', () => {
    expect(kronor(0.29)).toBe(29);
    expect(kronor(-12.5)).toBe(-1250);
  });
  it('refuses fractions of an öre and amounts beyond the safe-integer range', () => {
    expect(() => kronor(1.234)).toThrow('money.tooManyDecimals');
    expect(() => ore(0.5)).toThrow('money.notSafeInteger');
    expect(() => ore(2 ** 53)).toThrow('money.notSafeInteger');
  });
  it('knows whole kronor from amounts with öre', () => {
    expect(isWholeKronor(kronor(1_664_875))).toBe(true);
    expect(isWholeKronor(kronor(832_437.5))).toBe(false);
  });
});

describe('oreFromDb', () => {
  it('reads a bigint column that postgres.js returns as text', () => {
    expect(oreFromDb('123456')).toBe(123_456);
    expect(oreFromDb('-265')).toBe(-265);
    expect(oreFromDb('100.00')).toBe(100);
  });
  it('refuses text that is not an exact, safe integer', () => {
    expect(() => oreFromDb('12.5')).toThrow('money.invalidFormat');
    expect(() => oreFromDb('1e6')).toThrow('money.invalidFormat');
    expect(() => oreFromDb('9007199254740993')).toThrow('money.notSafeInteger');
  });
  it('writes an amount back as exact text', () => {
    expect(oreToDb(kronor(10_088_720))).toBe('1008872000');
  });
});

describe('arithmetic on öre', () => {
  it('sums the Gävleborg balance sheet assets of 2019-06-30 to 10 088 720 kr', () => {
    expect(sumOre([kronor(58_131), kronor(10_030_589)])).toBe(kronor(10_088_720));
  });
  it('adds, subtracts, negates, multiplies and compares', () => {
    expect(addOre(kronor(1), kronor(2))).toBe(kronor(3));
    expect(subtractOre(kronor(10_819_000), kronor(1_514_867))).toBe(kronor(9_304_133));
    expect(negateOre(kronor(265))).toBe(kronor(-265));
    expect(negateOre(kronor(0))).toBe(0);
    expect(Object.is(negateOre(kronor(0)), -0)).toBe(false);
    expect(absOre(kronor(-827_090))).toBe(kronor(827_090));
    expect(multiplyOre(kronor(1_664_875), 2)).toBe(kronor(3_329_750));
    expect(compareOre(kronor(1), kronor(2))).toBe(-1);
    expect(compareOre(kronor(2), kronor(2))).toBe(0);
  });
  it('throws on overflow instead of losing öre', () => {
    expect(() => addOre(ore(Number.MAX_SAFE_INTEGER), ore(1))).toThrow('money.notSafeInteger');
  });
});
