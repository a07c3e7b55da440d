import { describe, expect, it } from 'vitest';
import { tokenizeSieLine } from './tokenize-sie-line.ts';

const words = (...values: string[]) => values.map((value) => ({ kind: 'word', value }));

describe('tokenizeSieLine', () => {
  it('splits on spaces and tabs', () => {
    expect(tokenizeSieLine('#KONTO\t1930   Bank')).toEqual({
      ok: true,
      fields: words('#KONTO', '1930', 'Bank'),
    });
  });

  it('keeps spaces inside quotes and reads an escaped quote', () => {
    expect(tokenizeSieLine('#KONTO 6530 "Konsult \\"extern\\" granskning"')).toEqual({
      ok: true,
      fields: words('#KONTO', '6530', 'Konsult "extern" granskning'),
    });
  });

  it('reads an empty quoted field as an empty word', () => {
    expect(tokenizeSieLine('#VER "" "" 20250101')).toEqual({
      ok: true,
      fields: words('#VER', '', '', '20250101'),
    });
  });

  it('reads an object list with quoted and plain ids', () => {
    expect(tokenizeSieLine('#TRANS 4010 {1 "100" 6 "P 7"} 12.50')).toEqual({
      ok: true,
      fields: [
        ...words('#TRANS', '4010'),
        { kind: 'list', values: ['1', '100', '6', 'P 7'] },
        ...words('12.50'),
      ],
    });
  });

  it('reads an empty object list and one written against its neighbours', () => {
    expect(tokenizeSieLine('#TRANS 1930 {}-5.00')).toEqual({
      ok: true,
      fields: [...words('#TRANS', '1930'), { kind: 'list', values: [] }, ...words('-5.00')],
    });
  });

  it('refuses an unterminated quote, an unclosed list and a nested list', () => {
    expect(tokenizeSieLine('#FNAMN "Förbundet')).toEqual({ ok: false, key: 'sie.unterminatedQuote' });
    expect(tokenizeSieLine('#TRANS 4010 {1 "100" 5.00')).toEqual({ ok: false, key: 'sie.unterminatedList' });
    expect(tokenizeSieLine('#TRANS 4010 {1 {2}} 5.00')).toEqual({ ok: false, key: 'sie.nestedList' });
    expect(tokenizeSieLine('#TRANS 4010 } 5.00')).toEqual({ ok: false, key: 'sie.unterminatedList' });
  });
});
