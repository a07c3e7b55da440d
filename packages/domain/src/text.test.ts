import { describe, expect, it } from 'vitest';
import {
  multiLineText,
  nameText,
  optionalText,
  requiredText,
  secretText,
  singleLineText,
  textProblemOf,
} from './text.ts';

/** The message of the first issue, or 'ok' with the parsed value. */
function outcome(schema: { safeParse: (value: unknown) => unknown }, value: unknown): string {
  const result = schema.safeParse(value) as
    | { success: true; data: unknown }
    | { success: false; error: { issues: { message: string }[] } };
  return result.success ? `ok:${String(result.data)}` : (result.error.issues[0]?.message ?? '?');
}

describe('single-line text', () => {
  const schema = singleLineText().min(1).max(200);

  it('keeps ordinary Swedish names, trimmed', () => {
    expect(outcome(schema, '  Samordningsförbundet Härnösand-Timrå ')).toBe(
      'ok:Samordningsförbundet Härnösand-Timrå',
    );
    expect(outcome(schema, "O'Brien & Åsa – Ölands kommun (nr 1)")).toBe(
      "ok:O'Brien & Åsa – Ölands kommun (nr 1)",
    );
  });

  it('brings text to NFC: a combining diaeresis becomes the precomposed letter', () => {
    expect(outcome(schema, 'Ga\u0308vle')).toBe('ok:Gävle');
  });

  it.each([
    ['NUL', 'Gävle\u0000'],
    ['a bell', 'a\u0007b'],
    ['an escape sequence', 'a\u001b[31mröd'],
    ['DEL', 'a\u007fb'],
    ['a C1 control', 'a\u0085b'],
    ['a tab', 'a\tb'],
  ])('refuses %s as text.controlCharacter', (_, value) => {
    expect(outcome(schema, value)).toBe('text.controlCharacter');
  });

  it.each([
    ['a line feed', 'rad ett\nrad två'],
    ['a carriage return', 'a\rb'],
    ['a line separator', 'a\u2028b'],
  ])('refuses %s inside as text.lineBreak', (_, value) => {
    expect(outcome(schema, value)).toBe('text.lineBreak');
  });

  it('trims a line break at the ends instead of refusing it', () => {
    expect(outcome(schema, 'Gävle\n')).toBe('ok:Gävle');
  });

  it.each([
    ['a right-to-left override', 'abc\u202Egpj.exe'],
    ['a left-to-right isolate', 'a\u2066b'],
    ['a right-to-left mark', 'a\u200Fb'],
    ['an Arabic letter mark', 'a\u061Cb'],
    ['a zero-width space', 'Gäv\u200Ble'],
    ['a zero-width non-joiner', 'a\u200Cb'],
    ['a zero-width joiner between letters', 'a\u200Db'],
    ['a word joiner', 'a\u2060b'],
    ['a byte order mark inside', 'a\uFEFFb'],
    ['a soft hyphen', 'Sam\u00ADordning'],
    ['a Hangul filler', 'a\u3164b'],
    ['a tag character', 'a\u{E0041}b'],
    ['a variation selector after a letter', 'a\uFE0Fb'],
  ])('refuses %s as text.invisibleCharacter', (_, value) => {
    expect(outcome(schema, value)).toBe('text.invisibleCharacter');
  });

  it('keeps emoji whole: variation selector and joiner between pictographs', () => {
    for (const emoji of ['❤️', '1️⃣', '👩‍💻', '👩🏽‍💻', '❤️‍🔥', '😀']) {
      expect(outcome(schema, `Insats ${emoji}`)).toBe(`ok:Insats ${emoji}`);
    }
  });

  it.each([
    ['a lone high surrogate', 'a\uD800b'],
    ['a lone low surrogate', 'a\uDC00'],
    ['a noncharacter', 'a\uFFFEb'],
    ['a plane-1 noncharacter', 'a\u{1FFFF}'],
    ['an Arabic-block noncharacter', 'a\uFDD0'],
  ])('refuses %s as text.invalidCharacter', (_, value) => {
    expect(outcome(schema, value)).toBe('text.invalidCharacter');
  });

  it('keeps a well-formed surrogate pair (a character outside the BMP)', () => {
    expect(outcome(schema, '𝔊ävle')).toBe('ok:𝔊ävle');
  });

  it('refuses more than four combining marks on a letter, keeps a few', () => {
    expect(outcome(schema, `Z${'\u0301\u0302\u0303\u0304\u0305\u0306'}algo`)).toBe('text.stackedMarks');
    expect(outcome(schema, 'Tiê\u0301ng Việt')).toMatch(/^ok:/);
  });

  it('refuses a megabyte at once, before scanning it', () => {
    expect(outcome(schema, `${'x'.repeat(1 << 20)}\u0000`)).toBe('text.tooLong');
  });

  it('refuses what is no string with zod’s code, or the given key', () => {
    expect(outcome(schema, 42)).toBe('Invalid input: expected string, received number');
    expect(outcome(singleLineText({ typeError: 'x.invalid' }), null)).toBe('x.invalid');
  });
});

describe('multi-line text', () => {
  const schema = multiLineText().max(5000);

  it('keeps line feeds and tabs; CR LF and lone CR become LF', () => {
    expect(outcome(schema, 'rad ett\r\nrad två\rrad\ttre')).toBe('ok:rad ett\nrad två\nrad\ttre');
    expect(outcome(schema, 'a\u2029b')).toBe('ok:a\nb');
  });

  it('still refuses other controls, invisible and ill-formed characters', () => {
    expect(outcome(schema, 'a\u0000b')).toBe('text.controlCharacter');
    expect(outcome(schema, 'a\u000Bb')).toBe('text.controlCharacter');
    expect(outcome(schema, 'a\u202Eb')).toBe('text.invisibleCharacter');
    expect(outcome(schema, 'a\uDBFF')).toBe('text.invalidCharacter');
  });
});

describe('names', () => {
  const schema = nameText().min(2).max(200);

  it('need a letter or a digit', () => {
    expect(outcome(schema, '--')).toBe('text.noLetterOrDigit');
    expect(outcome(schema, '😀😀')).toBe('text.noLetterOrDigit');
    expect(outcome(schema, 'Ö1')).toBe('ok:Ö1');
  });

  it('leave an empty name to the length rule', () => {
    expect(outcome(schema, '   ')).toBe('Too small: expected string to have >=2 characters');
  });
});

describe('secrets', () => {
  const schema = secretText().min(1).max(1024);

  it('are kept exactly as typed: spaces, decomposed letters, invisible characters', () => {
    for (const password of [' lösen ord ', 'Ga\u0308vle', 'a\u200Bb', 'a\u202Eb']) {
      expect(outcome(schema, password)).toBe(`ok:${password}`);
    }
  });

  it('refuse control characters and lone surrogates', () => {
    expect(outcome(schema, 'lösen\u0000ord')).toBe('text.controlCharacter');
    expect(outcome(schema, 'lösen\nord')).toBe('text.controlCharacter');
    expect(outcome(schema, 'lösen\uD800ord')).toBe('text.invalidCharacter');
  });
});

describe('textProblemOf', () => {
  it('reports the first problem by severity: ill-formed before control before invisible', () => {
    expect(textProblemOf('\u0000\uD800\u200B', 'multiLine')).toBe('text.invalidCharacter');
    expect(textProblemOf('\u200B\u0000', 'multiLine')).toBe('text.controlCharacter');
    expect(textProblemOf('fine', 'singleLine')).toBeNull();
  });
});

describe('required and optional fields', () => {
  it('a required field refuses empty text and no text with its required key, too long with the other', () => {
    const schema = requiredText(nameText, 5, 'x.required', 'x.tooLong');
    expect(outcome(schema, '   ')).toBe('x.required');
    expect(outcome(schema, null)).toBe('x.required');
    expect(outcome(schema, 'Gävleborg')).toBe('x.tooLong');
    expect(outcome(schema, ' Gävle ')).toBe('ok:Gävle');
    expect(outcome(schema, '--')).toBe('text.noLetterOrDigit');
  });

  it('an optional field takes empty text and refuses no text and too long text with its one key', () => {
    const schema = optionalText(multiLineText, 5, 'y.tooLong');
    expect(outcome(schema, '  ')).toBe('ok:');
    expect(outcome(schema, 42)).toBe('y.tooLong');
    expect(outcome(schema, 'rad\nett')).toBe('y.tooLong');
    expect(outcome(schema, 'a\r\nb')).toBe('ok:a\nb');
  });
});
