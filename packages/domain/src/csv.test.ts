import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

const rfc = { separator: ',' } as const;
const swedishExcel = { separator: ';', decimalComma: true, byteOrderMark: true } as const;

describe('toCsv', () => {
  it('quotes separators, quotes and line breaks (RFC 4180)', () => {
    expect(
      toCsv(
        [
          ['a', 'b'],
          ['x,y', 'say "hi"\nbye'],
        ],
        rfc,
      ),
    ).toBe('a,b\r\n"x,y","say ""hi""\nbye"\r\n');
  });

  it('defuses every cell a spreadsheet would run as a formula, in both dialects', () => {
    const hostile = ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tTAB', '\rCR'];
    const written = toCsv([hostile], swedishExcel).replace('\ufeff', '').replace(/\r\n$/, '');
    expect(written).toBe(`"'=HYPERLINK(""http://x"")";'+1+1;'-2+3;'@SUM(A1);'\tTAB;"'\rCR"`);
    expect(toCsv([['=1+1']], rfc)).toBe("'=1+1\r\n");
  });

  it('keeps numbers as numbers, negative ones too, with the dialect’s decimal sign', () => {
    expect(toCsv([[-12345, 27.5, '-12345', '-3,5']], swedishExcel)).toBe('\ufeff-12345;27,5;-12345;-3,5\r\n');
    expect(toCsv([[27.5]], rfc)).toBe('27.5\r\n');
  });

  it('writes null and undefined as empty cells, and Swedish letters as they are', () => {
    expect(toCsv([[null, undefined, 'Gävleborg', '..']], swedishExcel)).toBe('\ufeff;;Gävleborg;..\r\n');
  });
});
