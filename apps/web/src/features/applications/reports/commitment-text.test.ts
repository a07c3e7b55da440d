import { kronor } from '@samsyn/domain';
import { gavleborg2020PrintedOfWhich } from '@samsyn/domain/testing';
import { describe, expect, it } from 'vitest';
import { swedishT as t } from '../../../lib/swedish-t.ts';
import { ofWhichSentence, printedGrantedSentence } from './commitment-text.ts';

const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** Gävleborg 2020's printed varav lines, 30 000 kr short of the line. */
const gavleborg2020 = gavleborg2020PrintedOfWhich;

describe('ofWhichSentence', () => {
  it('writes Gävleborg 2020’s printed varav as 30 tkr short of the line, in tkr as the budget prints it', () => {
    expect(spaces(ofWhichSentence(t, 2020, gavleborg2020))).toBe(
      'Insatsmedel 2020, budgetens varav-rader: 10 800 + 4 470 = 15 270 tkr, 30 tkr mindre än raden 15 300 tkr.',
    );
  });

  it('falls back to exact kronor when a figure is not whole thousands, and says more when the parts exceed the line', () => {
    const over = {
      ...gavleborg2020,
      lineOre: kronor(15_000_500),
      partsOre: kronor(15_270_000),
      differenceOre: kronor(-269_500),
    };
    expect(spaces(ofWhichSentence(t, 2020, over))).toBe(
      'Insatsmedel 2020, budgetens varav-rader: 10 800 000 + 4 470 000 = 15 270 000 kr, 269 500 kr mer än raden 15 000 500 kr.',
    );
  });

  it('says equal when the parts add up', () => {
    const equal = { ...gavleborg2020, lineOre: kronor(15_270_000), differenceOre: kronor(0) };
    expect(spaces(ofWhichSentence(t, 2020, equal))).toBe(
      'Insatsmedel 2020, budgetens varav-rader: 10 800 + 4 470 = 15 270 tkr, lika med raden.',
    );
  });
});

describe('printedGrantedSentence', () => {
  it('agrees, or names the difference between the budget and the agreements', () => {
    const printed = {
      lineCode: 'intervention-funds',
      printedOre: kronor(10_800_000),
      computedOre: kronor(10_800_000),
    };
    expect(spaces(printedGrantedSentence(t, 2020, { ...printed, differenceOre: kronor(0) }))).toBe(
      '2020: budgeten anger varav beviljat 10 800 tkr; avtalen ger 10 800 tkr.',
    );
    expect(
      spaces(
        printedGrantedSentence(t, 2020, {
          ...printed,
          computedOre: kronor(11_000_000),
          differenceOre: kronor(-200_000),
        }),
      ),
    ).toBe(
      '2020: budgeten anger varav beviljat 10 800 tkr; avtalen ger 11 000 tkr, 200 tkr mer än budgeten.',
    );
  });
});
