import { describe, expect, it } from 'vitest';
import { sectionNumbers } from './numbering.ts';

describe('sectionNumbers', () => {
  it('numbers the half-year report as the seed does, Bilagor unnumbered', () => {
    const s = (level: 1 | 2, numbered = true) => ({ level, numbered });
    expect(
      sectionNumbers([
        s(1),
        s(2),
        s(2),
        s(2),
        s(2),
        s(1),
        s(1),
        s(2),
        s(2),
        s(1),
        s(1),
        s(2, false),
        s(2, false),
      ]),
    ).toEqual(['1', '1.1', '1.2', '1.3', '1.4', '2', '3', '3.1', '3.2', '4', '5', '', '']);
  });
  it('gives a level-2 section before any level-1 section the number 1.n', () => {
    expect(sectionNumbers([{ level: 2, numbered: true }])).toEqual(['1.1']);
  });
});
