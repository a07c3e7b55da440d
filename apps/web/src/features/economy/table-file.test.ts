import { describe, expect, it } from 'vitest';
import { parseCsv } from './table-file.ts';

describe('parseCsv', () => {
  it('reads what Swedish Excel writes: BOM, semicolons, decimal commas, quoted cells', async () => {
    const text = '\ufeffPeriod;Rad;Belopp\r\n2019-06;"Insatsmedel; Trisam";-1 234,50\r\n\r\n';
    expect(await parseCsv(text)).toEqual([
      ['Period', 'Rad', 'Belopp'],
      ['2019-06', 'Insatsmedel; Trisam', '-1 234,50'],
    ]);
  });

  it('reads comma-separated files with doubled quotes and line breaks inside a cell', async () => {
    expect(await parseCsv('a,b\n"x ""y""","rad 1\nrad 2"\n')).toEqual([
      ['a', 'b'],
      ['x "y"', 'rad 1\nrad 2'],
    ]);
  });
});
