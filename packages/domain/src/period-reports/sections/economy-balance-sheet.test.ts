import { describe, expect, it } from 'vitest';
import { type BalanceLine, balanceSheet } from '../../economy/balance-sheet.ts';
import { kronor } from '../../money/ore.ts';
import { balanceSheetSection } from './economy-balance-sheet.ts';
import { cellsOf, notices, sv, tables } from './economy-test-support.ts';

// Gävleborg's halvårsredovisning 2019, 3.2.
const lines = (r: number, c: number, e: number, l: number, a: number): BalanceLine[] => [
  { code: 'receivables', name: 'Fordringar', section: 'currentAssets', amount: kronor(r) },
  { code: 'cash-and-bank', name: 'Kassa och bank', section: 'currentAssets', amount: kronor(c) },
  { code: 'equity', name: 'Eget kapital', section: 'equity', amount: kronor(e) },
  {
    code: 'current-liabilities',
    name: 'Kortfristiga skulder',
    section: 'currentLiabilities',
    amount: kronor(l),
  },
  {
    code: 'accrued-costs',
    name: 'Upplupna kostnader och förutbetalda intäkter',
    section: 'currentLiabilities',
    amount: kronor(a),
  },
];
const sheet = balanceSheet({
  date: '2019-06-30',
  lines: lines(58_131, 10_030_589, 5_301_726, 1_104_544, 3_682_450),
});
const previous = balanceSheet({
  date: '2018-12-31',
  lines: lines(322_121, 4_203_015, 1_957_303, 1_618_726, 949_107),
});

describe('balanceSheetSection', () => {
  const blocks = balanceSheetSection({
    sheet,
    previous,
    compareDate: '2018-12-31',
    noteNumbers: { receivables: 3, 'accrued-costs': 4 },
    equityMovement: {
      opening: kronor(1_957_303),
      result: kronor(3_344_423),
      closing: kronor(5_301_726),
      difference: kronor(0),
    },
  });

  it('draws the period end beside the previous year end with the notes', () => {
    expect(tables(blocks)[0]?.columns.map((c) => c.label)).toEqual([
      'Belopp i kr',
      'Not',
      '2019-06-30',
      '2018-12-31',
    ]);
    expect(cellsOf(blocks, 'balance:receivables')).toEqual(['Fordringar', '3.', sv('58 131'), sv('322 121')]);
    expect(cellsOf(blocks, 'balance:accrued-costs')).toEqual([
      'Upplupna kostnader och förutbetalda intäkter',
      '4.',
      sv('3 682 450'),
      sv('949 107'),
    ]);
  });

  it('sums the assets and the claims to 10 088 720 and 4 525 136', () => {
    expect(cellsOf(blocks, 'sum:currentAssets')).toEqual([
      'Summa omsättningstillgångar',
      '',
      sv('10 088 720'),
      sv('4 525 136'),
    ]);
    expect(cellsOf(blocks, 'totalAssets')?.slice(2)).toEqual([sv('10 088 720'), sv('4 525 136')]);
    expect(cellsOf(blocks, 'totalEquityAndLiabilities')?.slice(2)).toEqual([
      sv('10 088 720'),
      sv('4 525 136'),
    ]);
    expect(notices(blocks)).toEqual([]);
  });

  it('shows a sheet that does not balance and an equity that did not move by the result', () => {
    const off = balanceSheet({
      date: '2019-06-30',
      lines: lines(58_131, 10_030_589, 5_301_726, 1_104_544, 3_682_000),
    });
    const texts = notices(
      balanceSheetSection({
        sheet: off,
        previous: null,
        compareDate: '2018-12-31',
        noteNumbers: {},
        equityMovement: {
          opening: kronor(1_957_303),
          result: kronor(3_344_423),
          closing: kronor(5_301_700),
          difference: kronor(-26),
        },
      }),
    ).map((n) => n.text);
    expect(texts).toEqual([
      sv(
        'Balansräkningen per 2019-06-30 balanserar inte: tillgångarna är 10 088 720 kr, eget kapital och skulder 10 088 270 kr – skillnad 450 kr.',
      ),
      sv(
        'Eget kapital vid årets början 1 957 303 kr och periodens resultat 3 344 423 kr ger 5 301 726 kr, men balansräkningen visar 5 301 700 kr – skillnad -26 kr.',
      ),
      'Balansräkningen per 2018-12-31 saknas och visas därför inte som jämförelse.',
    ]);
  });
});
