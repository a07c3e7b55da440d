import { describe, expect, it } from 'vitest';
import { codeFor, withCodes } from './line-codes.ts';

describe('line codes', () => {
  it('makes a code from the name, unique among the taken ones', () => {
    expect(codeFor('Kassa och bank', new Set())).toBe('kassa-och-bank');
    expect(codeFor('Utbildning', new Set(['utbildning', 'utbildning-2']))).toBe('utbildning-3');
    expect(codeFor('  ', new Set())).toBe('rad');
  });

  it('keeps saved codes and gives new lines codes that clash with none', () => {
    expect(
      withCodes([
        { code: '', name: 'Lön' },
        { code: 'lon', name: 'Löner' },
        { code: '', name: 'Lön' },
      ]).map((line) => line.code),
    ).toEqual(['lon-2', 'lon', 'lon-3']);
  });
});
