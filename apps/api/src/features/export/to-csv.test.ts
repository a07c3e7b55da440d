import { describe, expect, it } from 'vitest';
import { toCsv } from './to-csv.ts';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(toCsv(['a', 'b'], [{ a: 'x,y', b: 'say "hi"\nbye' }])).toBe('a,b\r\n"x,y","say ""hi""\nbye"\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas but keeps negative numbers', () => {
    expect(toCsv(['a'], [{ a: '=HYPERLINK("x")' }, { a: '-12345' }, { a: '@SUM(A1)' }])).toBe(
      `a\r\n"'=HYPERLINK(""x"")"\r\n-12345\r\n'@SUM(A1)\r\n`,
    );
  });

  it('writes null as empty, dates as ISO and objects as JSON', () => {
    expect(toCsv(['a', 'b', 'c'], [{ a: null, b: new Date('2019-06-30T00:00:00Z'), c: { x: 1 } }])).toBe(
      'a,b,c\r\n,2019-06-30T00:00:00.000Z,"{""x"":1}"\r\n',
    );
  });
});
