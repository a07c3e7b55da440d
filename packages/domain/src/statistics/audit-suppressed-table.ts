/**
 * An independent check of a suppressed table against its input. The API should run it on every table
 * before publishing (defence in depth: a bug in the suppressor then fails closed), and the
 * property tests run it on random tables against any suppressor.
 */
import { isSuppressed, type PublishedValue } from './published-value.ts';
import {
  augmentTable,
  DEFAULT_SUPPRESSION_THRESHOLD,
  hiddenGrid,
  type SuppressedTable,
  type TablePosition,
} from './suppress-table.ts';
import { recomputableGridEntries } from './suppression-graph.ts';

export type SuppressionViolation =
  /** The output is not the input's shape. */
  | { readonly kind: 'shape' }
  /** A published count lies in 1..(threshold − 1). */
  | { readonly kind: 'small_value_published'; readonly position: TablePosition; readonly value: number }
  /** A published value differs from the input. */
  | { readonly kind: 'value_changed'; readonly position: TablePosition; readonly published: number }
  /** The only hidden entry of a row or column: it equals the line's total minus its published cells. */
  | { readonly kind: 'recomputable_from_line'; readonly position: TablePosition }
  /** A line whose hidden cells sum to their number while its total is shown: they are all 1. */
  | {
      readonly kind: 'hidden_cells_all_one';
      readonly line: 'row' | 'column';
      readonly index: number | 'total';
    }
  /** A hidden entry that some combination of rows and columns of the table gives away. */
  | { readonly kind: 'recomputable_from_lines'; readonly position: TablePosition };

/**
 * Every way `published` fails to be a safe publication of `cells` at `threshold`; empty means
 * safe (within the attack model of `suppressTable`).
 */
export const auditSuppressedTable = (
  cells: readonly (readonly number[])[],
  published: SuppressedTable,
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
): SuppressionViolation[] => {
  const grid = augmentTable(cells);
  const rows = grid.length;
  const columns = grid[0]?.length ?? 0;
  const sameShape =
    published.cells.length === rows - 1 &&
    published.cells.every((row) => row.length === columns - 1) &&
    published.rowTotals.length === rows - 1 &&
    published.columnTotals.length === columns - 1;
  if (!sameShape) return [{ kind: 'shape' }];

  const hidden = hiddenGrid(published);
  const outputGrid: PublishedValue[][] = [
    ...published.cells.map((row, index) => [...row, published.rowTotals[index] as PublishedValue]),
    [...published.columnTotals, published.grandTotal],
  ];
  const position = (row: number, column: number): TablePosition => ({
    row: row === rows - 1 ? 'total' : row,
    column: column === columns - 1 ? 'total' : column,
  });
  const violations: SuppressionViolation[] = [];

  grid.forEach((line, row) => {
    line.forEach((value, column) => {
      const out = outputGrid[row]?.[column];
      if (out === undefined || isSuppressed(out)) return;
      if (out >= 1 && out < threshold) {
        violations.push({ kind: 'small_value_published', position: position(row, column), value: out });
      }
      if (out !== value)
        violations.push({ kind: 'value_changed', position: position(row, column), published: out });
    });
  });

  const checkLine = (
    entries: readonly [number, number][],
    line: 'row' | 'column',
    index: number | 'total',
  ) => {
    const hiddenEntries = entries.filter(([r, c]) => hidden[r]?.[c]);
    const [first] = hiddenEntries;
    if (hiddenEntries.length === 1 && first) {
      violations.push({ kind: 'recomputable_from_line', position: position(first[0], first[1]) });
    }
    const total = entries[entries.length - 1];
    const totalHidden = total === undefined || (hidden[total[0]]?.[total[1]] ?? false);
    const hiddenSum = hiddenEntries.reduce((sum, [r, c]) => sum + (grid[r]?.[c] ?? 0), 0);
    if (hiddenEntries.length >= 2 && !totalHidden && hiddenSum === hiddenEntries.length) {
      violations.push({ kind: 'hidden_cells_all_one', line, index });
    }
  };
  for (let row = 0; row < rows; row++) {
    checkLine(
      Array.from({ length: columns }, (_, column): [number, number] => [row, column]),
      'row',
      row === rows - 1 ? 'total' : row,
    );
  }
  for (let column = 0; column < columns; column++) {
    checkLine(
      Array.from({ length: rows }, (_, row): [number, number] => [row, column]),
      'column',
      column === columns - 1 ? 'total' : column,
    );
  }

  for (const [row, column] of recomputableGridEntries(hidden)) {
    violations.push({ kind: 'recomputable_from_lines', position: position(row, column) });
  }
  return violations;
};
