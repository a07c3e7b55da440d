import { describe, expect, it } from 'vitest';
import { parseSie } from './parse-sie.ts';
import { malformedTestSieFile, testSieFile } from './test-file.ts';

const head = ['#FLAGGA 0', '#FORMAT PC8', '#SIETYP 4', '#RAR 0 20250101 20251231'];
const parse = (...lines: string[]) => parseSie([...head, ...lines].join('\r\n'));
const parsed = (...lines: string[]) => {
  const result = parse(...lines);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.file;
};
const problems = (...lines: string[]) => {
  const result = parse(...lines);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
};

describe('parseSie', () => {
  it('reads the identification records', () => {
    const file = parsed(
      '#PROGRAM "Visma Administration" 2000',
      '#GEN 20260115 "Anna"',
      '#FNAMN "Samordningsförbundet Gävleborg"',
      '#ORGNR 222000-1834',
      '#RAR -1 20240101 20241231',
    );
    expect(file).toMatchObject({
      format: 'PC8',
      sieType: 4,
      program: 'Visma Administration',
      generated: '2026-01-15',
      companyName: 'Samordningsförbundet Gävleborg',
      orgNumber: '222000-1834',
      fiscalYears: [
        { index: 0, from: '2025-01-01', to: '2025-12-31', line: 4 },
        { index: -1, from: '2024-01-01', to: '2024-12-31', line: 9 },
      ],
    });
  });

  it('reads accounts, their types, dimensions and objects', () => {
    const file = parsed(
      '#KONTO 1930 "Bank, företagskonto"',
      '#KTYP 1930 T',
      '#KONTO 3010 Bidrag',
      '#DIM 1 "Kostnadsställe"',
      '#UNDERDIM 21 "Delprojekt" 6',
      '#OBJEKT 6 "P1" "Unga vuxna i Gävle"',
    );
    expect(file.accounts).toEqual([
      { number: '1930', name: 'Bank, företagskonto', type: 'T' },
      { number: '3010', name: 'Bidrag', type: null },
    ]);
    expect(file.dimensions).toEqual([
      { number: 1, name: 'Kostnadsställe', parent: null },
      { number: 21, name: 'Delprojekt', parent: 6 },
    ]);
    expect(file.objects).toEqual([{ dimension: 6, id: 'P1', name: 'Unga vuxna i Gävle' }]);
  });

  it('reads balances, results and period balances with objects', () => {
    const file = parsed(
      '#IB 0 1930 150000.00',
      '#UB 0 1930 98765.43 0',
      '#RES 0 3010 -480000.00',
      '#PSALDO 0 202503 4010 {6 "P1"} 1200.50',
    );
    expect(file.openingBalances).toEqual([{ yearIndex: 0, account: '1930', amount: 15_000_000, line: 5 }]);
    expect(file.closingBalances).toEqual([{ yearIndex: 0, account: '1930', amount: 9_876_543, line: 6 }]);
    expect(file.results).toEqual([{ yearIndex: 0, account: '3010', amount: -48_000_000, line: 7 }]);
    expect(file.periodBalances).toEqual([
      {
        yearIndex: 0,
        month: '2025-03',
        account: '4010',
        objects: [{ dimension: 6, id: 'P1' }],
        amount: 120_050,
        line: 8,
      },
    ]);
  });

  it('reads a voucher with its transactions, objects, dates and texts', () => {
    const file = parsed(
      '#VER A 17 20250312 "Faktura \\"Steg för steg\\"" 20250313',
      '{',
      '   #TRANS 4010 {1 "200" 6 "P1"} 1500.00 20250311 "Köpt insats"',
      '   #RTRANS 4010 {} 99.00',
      '   #TRANS 4010 {} 99.00',
      '   #BTRANS 4010 {} 98.00',
      '   #TRANS 2440 {} -1599.00',
      '}',
    );
    expect(file.vouchers).toEqual([
      {
        series: 'A',
        number: '17',
        date: '2025-03-12',
        text: 'Faktura "Steg för steg"',
        line: 5,
        transactions: [
          {
            account: '4010',
            objects: [
              { dimension: 1, id: '200' },
              { dimension: 6, id: 'P1' },
            ],
            amount: 150_000,
            date: '2025-03-11',
            text: 'Köpt insats',
            line: 7,
          },
          { account: '4010', objects: [], amount: 9_900, date: null, text: '', line: 9 },
          { account: '2440', objects: [], amount: -159_900, date: null, text: '', line: 11 },
        ],
      },
    ]);
  });

  it('reads a transaction whose empty object list an older export left out', () => {
    const file = parsed(
      '#VER A 1 20250105',
      '{',
      '#TRANS 5010 100.00 20250104 "Hyra"',
      '#TRANS 1930 {} -100.00',
      '}',
    );
    expect(file.vouchers[0]?.transactions[0]).toEqual({
      account: '5010',
      objects: [],
      amount: 10_000,
      date: '2025-01-04',
      text: 'Hyra',
      line: 7,
    });
  });

  it('skips records it does not know, as the SIE format asks', () => {
    const file = parsed(
      '#KPTYP BAS2014',
      '#ADRESS "Anna" "Gatan 1" "123 45 Ort" "026-10 00 00"',
      '#VALUTA SEK',
    );
    expect(file.accounts).toEqual([]);
  });

  it('names the line of every malformed record', () => {
    expect(
      problems(
        '#KONTO 19A0 "Bank"',
        '#IB 0 1930 12,50',
        '#VER A 1 20251301 "Fel datum"',
        'Inte en post',
        '#FNAMN "Förbundet',
        '#TRANS 1930 {} 5.00',
      ),
    ).toEqual([
      { line: 5, key: 'sie.invalidAccount', value: '19A0' },
      { line: 6, key: 'sie.invalidAmount', value: '12,50' },
      { line: 7, key: 'sie.invalidDate', value: '20251301' },
      { line: 8, key: 'sie.notARecord', value: 'Inte en post' },
      { line: 9, key: 'sie.unterminatedQuote' },
      { line: 10, key: 'sie.transOutsideVoucher' },
    ]);
  });

  it('refuses a record without its required fields and a broken object list', () => {
    expect(problems('#IB 0 1930', '#PSALDO 0 202501 4010 {6} 5.00')).toEqual([
      { line: 5, key: 'sie.missingField' },
      { line: 6, key: 'sie.invalidObjectList', value: '6' },
    ]);
  });

  it('refuses a voucher that does not balance, names the #VER line', () => {
    expect(
      problems('#VER A 1 20250105 "Hyra"', '{', '#TRANS 5010 {} 100.00', '#TRANS 1930 {} -99.99', '}'),
    ).toEqual([{ line: 5, key: 'sie.voucherUnbalanced', value: 'A 1' }]);
  });

  it('reports a broken transaction, not also the voucher it unbalances', () => {
    expect(
      problems('#VER A 1 20250105', '{', '#TRANS 5010 {} 100,00', '#TRANS 1930 {} -100.00', '}'),
    ).toEqual([{ line: 7, key: 'sie.invalidAmount', value: '100,00' }]);
  });

  it('refuses a voucher without its block, one left open and stray braces', () => {
    expect(problems('#VER A 1 20250105', '#VER A 2 20250106', '{', '}', '}')).toEqual([
      { line: 5, key: 'sie.voucherWithoutBlock' },
      { line: 9, key: 'sie.unexpectedBrace', value: '}' },
    ]);
    expect(problems('#VER A 1 20250105', '{', '#TRANS 1930 {} 0.00')).toEqual([
      { line: 5, key: 'sie.unclosedVoucher' },
    ]);
  });

  it('refuses vouchers outside the year of #RAR 0, another SIE type and a year that is not a calendar year', () => {
    expect(problems('#VER A 1 20241231', '{', '}')).toEqual([
      { line: 5, key: 'sie.dateOutsideYear', value: '2024-12-31' },
    ]);
    expect(parseSie('#SIETYP 2\r\n#RAR 0 20250101 20251231')).toEqual({
      ok: false,
      problems: [{ line: 1, key: 'sie.notType4', value: '2' }],
    });
    expect(parseSie('#SIETYP 4\r\n#RAR 0 20250701 20260630')).toEqual({
      ok: false,
      problems: [{ line: 2, key: 'sie.notCalendarYear', value: '2025-07-01 – 2026-06-30' }],
    });
  });

  it('refuses a file without a year or without any record', () => {
    expect(parseSie('#SIETYP 4')).toEqual({
      ok: false,
      problems: [{ line: 1, key: 'sie.missingFiscalYear' }],
    });
    expect(parseSie('\r\n\r\n')).toEqual({ ok: false, problems: [{ line: 1, key: 'sie.noRecords' }] });
  });

  it('reads the generated year with every voucher', () => {
    const test = testSieFile(2025);
    const result = parseSie(test.text);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.file.vouchers).toHaveLength(test.vouchers.length);
    expect(result.file.companyName).toBe('Samordningsförbundet Testå');
    expect(result.file.accounts.find((account) => account.number === '6530')?.name).toBe(
      'Konsulttjänster "extern granskning"',
    );
    expect(result.file.vouchers.filter((voucher) => voucher.date.startsWith('2025-05'))).toHaveLength(6);
  });

  it('refuses the malformed copy at its broken line only', () => {
    const test = malformedTestSieFile(2025);
    const result = parseSie(test.text);
    expect(result).toEqual({
      ok: false,
      problems: [{ line: test.line, key: 'sie.invalidAmount', value: expect.any(String) }],
    });
    expect(test.text.split('\r\n')[test.line - 1]).toMatch(/^ {3}#TRANS 4010 .* \d+,\d\d kr$/);
  });
});
