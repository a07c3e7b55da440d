import { describe, expect, it } from 'vitest';
import { kronor } from '../money/ore.ts';
import { actualsPeriodRange, parseActualsPeriod, validateActualsImport } from './actuals-import.ts';

const lines = [
  { code: 'intervention-funds', name: 'Insatsmedel' },
  { code: 'staff-costs', name: 'Personalkostnader, kansli' },
  { code: 'other-external-costs', name: 'Övriga externa kostnader' },
];

describe('parseActualsPeriod', () => {
  it('reads a month, a half-year and a year', () => {
    expect(parseActualsPeriod('2019-06')).toEqual({ kind: 'month', year: 2019, month: 6 });
    expect(parseActualsPeriod('2019-H1')).toEqual({ kind: 'half', year: 2019, half: 1 });
    expect(parseActualsPeriod('2019 h2')).toEqual({ kind: 'half', year: 2019, half: 2 });
    expect(parseActualsPeriod('2019')).toEqual({ kind: 'year', year: 2019 });
  });
  it('refuses other forms', () => {
    for (const text of ['2019-13', '2019-6', 'H1 2019', '19-06', '2019-H3', ''])
      expect(parseActualsPeriod(text)).toBeNull();
  });
  it('gives the first and last day of a period', () => {
    expect(actualsPeriodRange({ kind: 'half', year: 2019, half: 1 })).toEqual({
      from: '2019-01-01',
      to: '2019-06-30',
    });
    expect(actualsPeriodRange({ kind: 'month', year: 2020, month: 2 })).toEqual({
      from: '2020-02-01',
      to: '2020-02-29',
    });
    expect(actualsPeriodRange({ kind: 'year', year: 2019 })).toEqual({
      from: '2019-01-01',
      to: '2019-12-31',
    });
  });
});

describe('validateActualsImport', () => {
  it('accepts Gävleborg’s half-year actuals by code or name, in Swedish number format', () => {
    const result = validateActualsImport({
      lines,
      rows: [
        ['Period', 'Rad', 'Belopp'],
        ['2019-H1', 'intervention-funds', '1 514 867'],
        ['2019-H1', 'Personalkostnader, kansli', '1\u00a0595\u00a0908,00'],
        ['', '', ''],
        ['2019-H1', 'övriga externa kostnader', '204\u202f285'],
      ],
    });
    expect(result).toEqual({
      ok: true,
      rows: [
        {
          rowNumber: 2,
          period: { kind: 'half', year: 2019, half: 1 },
          lineCode: 'intervention-funds',
          amount: kronor(1_514_867),
        },
        {
          rowNumber: 3,
          period: { kind: 'half', year: 2019, half: 1 },
          lineCode: 'staff-costs',
          amount: kronor(1_595_908),
        },
        {
          rowNumber: 5,
          period: { kind: 'half', year: 2019, half: 1 },
          lineCode: 'other-external-costs',
          amount: kronor(204_285),
        },
      ],
    });
  });

  it('rejects the whole file for one bad row, naming the row, the column and the reason', () => {
    const result = validateActualsImport({
      lines,
      rows: [
        ['period', 'kod', 'belopp'],
        ['2019-06', 'intervention-funds', '-12 345'],
        ['2019-6', 'staff-costs', '1 234 567,50'],
        ['2019-06', 'other-external-costs', '204 285'],
      ],
    });
    expect(result).toEqual({
      ok: false,
      errors: [{ row: 3, column: 'period', key: 'import.invalidPeriod', value: '2019-6' }],
    });
  });

  it('reports every problem of every row at once', () => {
    const result = validateActualsImport({
      lines,
      rows: [
        ['Period', 'Rad', 'Belopp'],
        ['2019-06', 'Hyra', '1.234'],
        ['2019-06', 'staff-costs', '100'],
        ['2019-06', 'Personalkostnader, kansli', '200'],
        ['2019-06', '', '12,345'],
      ],
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        { row: 2, column: 'line', key: 'import.unknownLine', value: 'Hyra' },
        { row: 2, column: 'amount', key: 'money.invalidFormat', value: '1.234' },
        { row: 4, column: null, key: 'import.duplicateRow', value: '3' },
        { row: 5, column: 'line', key: 'import.lineMissing' },
        { row: 5, column: 'amount', key: 'money.tooManyDecimals', value: '12,345' },
      ],
    });
  });

  it('rejects a file without the needed columns, or without rows', () => {
    expect(
      validateActualsImport({
        lines,
        rows: [
          ['Period', 'Summa'],
          ['2019', '1'],
        ],
      }),
    ).toEqual({
      ok: false,
      errors: [
        { row: 1, column: 'line', key: 'import.missingColumn' },
        { row: 1, column: 'amount', key: 'import.missingColumn' },
      ],
    });
    expect(validateActualsImport({ lines, rows: [['Period', 'Rad', 'Belopp']] })).toEqual({
      ok: false,
      errors: [{ row: 1, column: null, key: 'import.empty' }],
    });
  });
});
