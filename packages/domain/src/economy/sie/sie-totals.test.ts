import { describe, expect, it } from 'vitest';
import { balanceSheet } from '../balance-sheet.ts';
import { balanceSectionOf, type SuggestedLine, suggestLineForAccount } from './bas-accounts.ts';
import { parseSie } from './parse-sie.ts';
import { sieAllocations } from './sie-allocations.ts';
import { sieBalanceLines, sieOpeningBalanceLines, sieOpeningEquity } from './sie-balances.ts';
import { sieTotals } from './sie-totals.ts';
import { suggestSieTarget } from './suggest-target.ts';
import { testSieFile } from './test-file.ts';

const generated = () => {
  const test = testSieFile(2025);
  const result = parseSie(test.text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { test, file: result.file };
};

/** The generated vouchers summed independently of the parser: account → month → öre. */
const expectedMonths = (test: ReturnType<typeof testSieFile>) => {
  const sums = new Map<string, number>();
  for (const voucher of test.vouchers)
    for (const trans of voucher.transactions) {
      const key = `${trans.account}|${Number(voucher.date.slice(5, 7))}`;
      sums.set(key, (sums.get(key) ?? 0) + trans.amount);
    }
  return sums;
};

describe('sieTotals', () => {
  it('sums every result account per month exactly as the vouchers say', () => {
    const { test, file } = generated();
    const totals = sieTotals(file);
    const expected = expectedMonths(test);
    expect(totals.year).toBe(2025);
    expect(totals.lastMonth).toBe(12);
    for (const entry of totals.accountMonths)
      expect(entry.amount).toBe(expected.get(`${entry.account}|${entry.month}`));
    expect(totals.accountMonths.find((entry) => entry.account === '4010' && entry.month === 3)?.amount).toBe(
      9_000_000 + 3 * 3_317 + 6_500_000 + 3 * 2_053 + 2_400_050 + 730_025 + 3 * 11,
    );
    expect(totals.accountMonths.some((entry) => entry.account === '1930')).toBe(false);
  });

  it('sums the part of each month booked on each object', () => {
    const { file } = generated();
    const parts = sieTotals(file).objectMonths.filter(
      (entry) => entry.account === '4010' && entry.month === 3,
    );
    expect(parts).toEqual([
      { account: '4010', month: 3, dimension: 1, objectId: '200', amount: 9_009_951 + 730_058 },
      { account: '4010', month: 3, dimension: 6, objectId: 'P1', amount: 9_009_951 },
      { account: '4010', month: 3, dimension: 6, objectId: 'P2', amount: 6_506_159 },
      { account: '4010', month: 3, dimension: 6, objectId: 'P3', amount: 2_400_050 },
    ]);
  });

  it('takes the result from #RES and keeps the vouchers’ own beside it', () => {
    const { file } = generated();
    const totals = sieTotals(file);
    expect(totals.result).toBe(totals.resultFromVouchers);
    const altered = { ...file, results: [{ yearIndex: 0, account: '3010', amount: -100, line: 1 }] };
    expect(sieTotals(altered as typeof file).result).toBe(100);
  });
});

describe('the balance sheet from #UB', () => {
  it('balances, with the open year’s result on an equity line', () => {
    const { file } = generated();
    const totals = sieTotals(file);
    const lines = sieBalanceLines(file, totals.result);
    if (!lines) throw new Error('no lines');
    const sheet = balanceSheet({ date: '2025-12-31', lines });
    expect(sheet.isBalanced).toBe(true);
    expect(lines.find((line) => line.code === 'arets-resultat')).toEqual({
      code: 'arets-resultat',
      name: 'Årets resultat',
      section: 'equity',
      amount: totals.result,
    });
    expect(lines.find((line) => line.code === 'konto-1790')).toEqual({
      code: 'konto-1790',
      name: '1790 Förutbetalda kostnader',
      section: 'currentAssets',
      amount: 4_200_000,
    });
    expect(sheet.sections.equity).toBe(150_000_000 + totals.result);
  });

  it('gives the year before’s closing sheet from #IB, balanced, without a result line', () => {
    const { file } = generated();
    const lines = sieOpeningBalanceLines(file);
    expect(lines).toEqual([
      { code: 'konto-1930', name: '1930 Bank, företagskonto', section: 'currentAssets', amount: 150_000_000 },
      { code: 'konto-2010', name: '2010 Eget kapital', section: 'equity', amount: 150_000_000 },
    ]);
    expect(sieOpeningBalanceLines({ ...file, openingBalances: [] })).toBeNull();
  });

  it('reads the opening equity from #IB of the 20xx accounts', () => {
    const { file } = generated();
    expect(sieOpeningEquity(file)).toBe(150_000_000);
    expect(sieOpeningEquity({ ...file, openingBalances: [] })).toBeNull();
  });
});

describe('BAS suggestions', () => {
  it('puts balance accounts in their sections', () => {
    const sections = {
      1110: 'fixedAssets',
      1510: 'currentAssets',
      2010: 'equity',
      2150: 'provisions',
      2350: 'longTermLiabilities',
      2440: 'currentLiabilities',
      3010: null,
    };
    for (const [account, section] of Object.entries(sections))
      expect(balanceSectionOf(account), account).toBe(section);
  });

  it('suggests a line kind by class and by the name of who pays', () => {
    const suggestions: [account: string, name: string, line: SuggestedLine | null][] = [
      ['3010', 'Bidrag Försäkringskassan', { kind: 'contribution', funderGroup: 'state' }],
      ['3020', 'Bidrag Region Gävleborg', { kind: 'contribution', funderGroup: 'region' }],
      ['3030', 'Medlemsavgift kommunerna', { kind: 'contribution', funderGroup: 'municipalities' }],
      ['3990', 'Övriga intäkter', { kind: 'otherIncome' }],
      ['4010', 'Köpta insatser', { kind: 'cost', costKind: 'interventionFunds' }],
      ['5010', 'Lokalhyra', { kind: 'cost', costKind: 'otherAdministration' }],
      ['7010', 'Löner', { kind: 'cost', costKind: 'staff' }],
      ['7830', 'Avskrivningar', { kind: 'cost', costKind: 'otherAdministration' }],
      ['8310', 'Ränteintäkter', { kind: 'financialIncome' }],
      ['8410', 'Räntekostnader', { kind: 'financialCost' }],
      ['8999', 'Årets resultat', { kind: 'ignore' }],
      ['1930', 'Bank', null],
    ];
    for (const [account, name, line] of suggestions)
      expect(suggestLineForAccount(account, name), account).toEqual(line);
  });
});

describe('sieAllocations', () => {
  it('gives each mapped project its transactions, a transaction with two mapped objects once', () => {
    const { file } = generated();
    const lineOf = (account: string) => (account === '4010' ? 'insatsmedel' : null);
    const projects: Record<string, string> = { '6|P1': 'i-1', '6|P2': 'i-2', '1|200': 'i-9' };
    const allocations = sieAllocations(
      file,
      lineOf,
      (dimension, id) => projects[`${dimension}|${id}`] ?? null,
    );
    expect(allocations.filter((entry) => entry.month === 3)).toEqual([
      // P1's transactions carry {1 "200" 6 "P1"}: the first mapped object in the list wins.
      { lineKey: 'insatsmedel', month: 3, interventionId: 'i-9', amount: 9_009_951 + 730_058 },
      { lineKey: 'insatsmedel', month: 3, interventionId: 'i-2', amount: 6_506_159 },
    ]);
    const onlyProjects = sieAllocations(file, lineOf, (dimension, id) =>
      dimension === 6 ? (projects[`${dimension}|${id}`] ?? null) : null,
    );
    expect(onlyProjects.filter((entry) => entry.month === 3)).toEqual([
      { lineKey: 'insatsmedel', month: 3, interventionId: 'i-1', amount: 9_009_951 },
      { lineKey: 'insatsmedel', month: 3, interventionId: 'i-2', amount: 6_506_159 },
    ]);
  });
});

describe('suggestSieTarget', () => {
  const chart = [
    { id: 'l-staff', kind: 'cost', funderGroup: null, costKind: 'staff' },
    { id: 'l-fk', kind: 'contribution', funderGroup: 'state', costKind: null },
  ] as const;

  it('suggests the chart’s line of the BAS kind, else a standard line, else ignores', () => {
    expect(suggestSieTarget('7010', 'Löner', chart)).toEqual({ type: 'line', lineId: 'l-staff' });
    expect(suggestSieTarget('3010', 'Bidrag FK', chart)).toEqual({ type: 'line', lineId: 'l-fk' });
    expect(suggestSieTarget('3030', 'Bidrag kommunerna', chart)).toEqual({
      type: 'standard',
      code: 'bidrag-kommunerna',
    });
    expect(suggestSieTarget('4010', 'Köpta insatser', chart)).toEqual({
      type: 'standard',
      code: 'insatsmedel',
    });
    expect(suggestSieTarget('8999', 'Årets resultat', chart)).toEqual({ type: 'ignore' });
    expect(suggestSieTarget('1930', 'Bank', chart)).toBeNull();
  });
});
