import { describe, expect, it } from 'vitest';
import { auditSuppressedTable } from './audit-suppressed-table.ts';
import { isSuppressed, type PublishedValue, SUPPRESSED } from './published-value.ts';
import { augmentTable, type SuppressedTable, suppressTable, type TableSuppressor } from './suppress-table.ts';
import { assertSuppressor, checkSuppressor } from './testing/suppressor-properties.ts';

const S = SUPPRESSED;

/** Primary suppression only: what a first attempt usually looks like. */
const primaryOnly: TableSuppressor = (cells, options = {}) => {
  const threshold = options.threshold ?? 5;
  const grid = augmentTable(cells).map((line) =>
    line.map((value): PublishedValue => (value > 0 && value < threshold ? SUPPRESSED : value)),
  );
  const totals = grid[grid.length - 1] ?? [];
  return {
    cells: grid.slice(0, -1).map((line) => line.slice(0, -1)),
    rowTotals: grid.slice(0, -1).map((line) => line[line.length - 1] ?? SUPPRESSED),
    columnTotals: totals.slice(0, -1),
    grandTotal: totals[totals.length - 1] ?? SUPPRESSED,
  };
};

const countHidden = (values: readonly PublishedValue[]) => values.filter(isSuppressed).length;

describe('suppressTable', () => {
  it('publishes a table without small counts unchanged, with its totals', () => {
    expect(
      suppressTable([
        [10, 20],
        [30, 40],
      ]),
    ).toEqual({
      cells: [
        [10, 20],
        [30, 40],
      ],
      rowTotals: [30, 70],
      columnTotals: [40, 60],
      grandTotal: 100,
    });
  });

  it('publishes zeros, as SCB and Kolada do', () => {
    const table = suppressTable([
      [0, 12],
      [7, 0],
    ]);
    expect(table.cells).toEqual([
      [0, 12],
      [7, 0],
    ]);
  });

  it('hides a count of 3 with the cheapest rectangle of complements around it', () => {
    const table = suppressTable([
      [3, 9, 20],
      [8, 30, 40],
      [6, 50, 60],
    ]);
    // 9 + 30 + 8 = 47 is the smallest sum that puts the 3 on a cycle of hidden cells. Taking the
    // smallest cell line by line (9, then 6, then 30, …) would have hidden six cells.
    expect(table.cells).toEqual([
      [S, S, 20],
      [S, S, 40],
      [6, 50, 60],
    ]);
    expect(table.rowTotals).toEqual([32, 78, 116]);
    expect(table.columnTotals).toEqual([17, 89, 120]);
    expect(table.grandTotal).toBe(226);
  });

  it('hides a total of 1–4 together with enough of its line and of the totals', () => {
    const table = suppressTable([
      [0, 3, 0],
      [10, 12, 15],
      [20, 25, 30],
    ]);
    expect(table.rowTotals[0]).toEqual(S);
    expect(table.cells[0]).toEqual([0, S, 0]);
    expect(countHidden(table.rowTotals)).toBeGreaterThanOrEqual(2);
    expect(
      auditSuppressedTable(
        [
          [0, 3, 0],
          [10, 12, 15],
          [20, 25, 30],
        ],
        table,
      ),
    ).toEqual([]);
  });

  it('adds a cell above 1 when a line’s hidden cells would all be 1', () => {
    const table = suppressTable([[1, 1, 20, 30]]);
    // Hiding only the two 1s would leave "two hidden cells summing to 2" — both must be 1.
    expect(table.cells[0]?.slice(0, 3)).toEqual([S, S, S]);
    expect(table.cells[0]?.[3]).toBe(30);
  });

  it('takes its threshold from the options', () => {
    const cells = [
      [3, 40],
      [50, 60],
    ];
    expect(suppressTable(cells, { threshold: 3 }).cells).toEqual([
      [3, 40],
      [50, 60],
    ]);
    expect(isSuppressed(suppressTable(cells, { threshold: 4 }).cells[0]?.[0] ?? 0)).toBe(true);
  });

  it('hides positions the caller asks for, e.g. a county with too few förbund, with complements', () => {
    const cells = [
      [40, 50],
      [60, 70],
      [80, 90],
    ];
    const table = suppressTable(cells, { alsoSuppress: ({ row }) => row === 0 });
    expect(table.cells[0]).toEqual([S, S]);
    expect(table.rowTotals[0]).toEqual(S);
    expect(auditSuppressedTable(cells, table)).toEqual([]);
  });

  it('closes the gap that row-by-row and column-by-column checking leaves', () => {
    // Two blocks of small counts joined by the 2 at row 1, column 2. Primary suppression alone
    // already leaves every row and column with 0 or ≥ 2 hidden cells …
    const cells = [
      [1, 2, 10, 10],
      [3, 1, 2, 10],
      [10, 10, 3, 4],
      [10, 10, 1, 2],
    ];
    const naive = primaryOnly(cells);
    const audit = auditSuppressedTable(cells, naive);
    expect(audit.filter((v) => v.kind === 'recomputable_from_line')).toEqual([]);
    // … yet rows 0+1 minus columns 0+1 give the 2 away:
    const published = (table: SuppressedTable, r: number, c: number) => table.cells[r]?.[c] as number;
    const rowTotal = (r: number) => naive.rowTotals[r] as number;
    const columnTotal = (c: number) => naive.columnTotals[c] as number;
    const recomputed =
      rowTotal(0) -
      published(naive, 0, 2) -
      published(naive, 0, 3) +
      rowTotal(1) -
      published(naive, 1, 3) -
      (columnTotal(0) - published(naive, 2, 0) - published(naive, 3, 0)) -
      (columnTotal(1) - published(naive, 2, 1) - published(naive, 3, 1));
    expect(recomputed).toBe(2);
    expect(audit).toContainEqual({ kind: 'recomputable_from_lines', position: { row: 1, column: 2 } });
    expect(auditSuppressedTable(cells, suppressTable(cells))).toEqual([]);
  });

  it('gives the same output for the same input', () => {
    const cells = [
      [1, 7, 7, 0],
      [7, 1, 0, 7],
      [7, 7, 2, 9],
    ];
    expect(suppressTable(cells)).toEqual(suppressTable(cells.map((row) => [...row])));
  });

  it('rejects negative, fractional, ragged and empty tables', () => {
    expect(() => suppressTable([[-1, 5]])).toThrow(RangeError);
    expect(() => suppressTable([[1.5, 5]])).toThrow(RangeError);
    expect(() => suppressTable([[1, 5], [5]])).toThrow(RangeError);
    expect(() => suppressTable([])).toThrow(RangeError);
    expect(() => suppressTable([[5]], { threshold: 0 })).toThrow(RangeError);
  });
});

describe('suppressTable on random tables (property tests)', () => {
  it('never publishes 1–4, never leaves a hidden value recomputable, keeps published values and is deterministic', () => {
    assertSuppressor(suppressTable, { numRuns: 400 });
  });

  it('keeps the same properties at another threshold and on larger tables', () => {
    assertSuppressor(suppressTable, { threshold: 3, numRuns: 100, maxRows: 25, maxColumns: 6 });
  });

  it('catches a primary-only suppressor: some hidden cell equals its row or column total minus the rest', () => {
    const details = checkSuppressor(primaryOnly, { properties: ['noValueRecomputableFromItsLine'], seed: 1 });
    expect(details.failed).toBe(true);
    // and the primary-only suppressor does satisfy the properties it was built for
    expect(
      checkSuppressor(primaryOnly, {
        properties: ['noSmallValuePublished', 'publishedValuesUnchanged', 'deterministic'],
        seed: 1,
      }).failed,
    ).toBe(false);
  });
});
