import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recomputableGridEntries } from './suppression-graph.ts';
import { linearlyDeterminedEntries } from './testing/linearly-determined-entries.ts';

describe('recomputableGridEntries', () => {
  it('finds the lone hidden cell of a row', () => {
    // 2×2 table + margins; only cell (0,0) and the column total below it are hidden.
    const hidden = [
      [true, false, false],
      [false, false, false],
      [true, false, false],
    ];
    expect(recomputableGridEntries(hidden)).toEqual([
      [0, 0],
      [2, 0],
    ]);
  });

  it('finds nothing in a rectangle of hidden cells', () => {
    const hidden = [
      [true, true, false],
      [true, true, false],
      [false, false, false],
    ];
    expect(recomputableGridEntries(hidden)).toEqual([]);
  });

  it('agrees with Gaussian elimination on random patterns (bridges are exactly the determined entries)', () => {
    const pattern = fc
      .tuple(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 2, max: 6 }))
      .chain(([rows, columns]) =>
        fc.array(fc.array(fc.boolean(), { minLength: columns, maxLength: columns }), {
          minLength: rows,
          maxLength: rows,
        }),
      );
    fc.assert(
      fc.property(pattern, (hidden) => {
        expect(recomputableGridEntries(hidden)).toEqual(linearlyDeterminedEntries(hidden));
      }),
      { numRuns: 500 },
    );
  });
});
