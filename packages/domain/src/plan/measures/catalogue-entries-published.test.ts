import { describe, expect, it } from 'vitest';
import { catalogueEntriesPublished } from './catalogue-entries-published.ts';

describe('catalogueEntriesPublished', () => {
  it('counts the entries published by the end of the period', () => {
    const entries = [
      { publishedOn: '2019-03-01' },
      { publishedOn: '2019-06-30' },
      { publishedOn: '2019-07-01' },
    ];
    expect(catalogueEntriesPublished(entries, '2019-06-30')).toEqual({
      kind: 'measured',
      value: { numerator: 2, denominator: 1 },
      basis: { part: 2, whole: 1, unit: 'count' },
    });
    expect(catalogueEntriesPublished([], '2019-12-31')).toMatchObject({
      kind: 'measured',
      value: { numerator: 0 },
    });
  });
});
