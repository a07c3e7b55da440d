import { describe, expect, it } from 'vitest';
import { termsSummaryOf } from './local-group-terms-summary.ts';

const t = (_key: string, params: { spring: string; autumn: string }) =>
  `VT ${params.spring}, HT ${params.autumn}`;

describe('termsSummaryOf', () => {
  it('shows each term of a year, a term not kept as a dash', () => {
    expect(termsSummaryOf([{ term: 'spring', meetingsHeld: 1 }], t)).toBe('VT 1, HT –');
  });

  it('shows nothing for a year kept only as a yearly total', () => {
    expect(termsSummaryOf([], t)).toBeNull();
    expect(termsSummaryOf(undefined, t)).toBeNull();
  });
});
