import { describe, expect, it } from 'vitest';
import { periodInWords } from './period-in-words.ts';
import { swedishT as t } from './swedish-t.ts';

describe('periodInWords', () => {
  it('names half-years and whole years in Swedish', () => {
    expect(periodInWords(t, '2019-H1')).toBe('Första halvåret 2019');
    expect(periodInWords(t, '2019-H2')).toBe('Andra halvåret 2019');
    expect(periodInWords(t, '2019')).toBe('Helåret 2019');
  });
});
