/**
 * Cell suppression for a published two-way table of counts (participants by förbund × outcome,
 * county × gender, …).
 *
 * What it guards against: a reader who has the published table and does arithmetic on it.
 *  1. Small cells: a count of 1..(threshold − 1) is never shown (primary suppression).
 *  2. Single-line differencing: in no row or column (totals included) is exactly one value hidden,
 *     so no hidden value equals total − sum(published) (complementary suppression).
 *  3. The "all ones" case: because zeros are published, a reader knows every ".." is ≥ 1; a line
 *     whose hidden cells sum to their number would reveal them all as 1, so it gets one more.
 *  4. Multi-line differencing: no hidden value follows from any combination of rows and columns of
 *     the same table (checked as "no bridge in the suppression graph", see suppression-graph.ts).
 *
 * What it does NOT guard against, honestly:
 *  - Linking tables. The same counts published in another table (another breakdown, another
 *    period, a county table and a förbund table, an earlier release) can be subtracted from this
 *    one. Publish every breakdown of the same counts through one suppression run, or keep the set
 *    of published tables nested and fixed.
 *  - Interval attacks. Bounds (every hidden value is ≥ 1 and ≤ its line's residual) can narrow a
 *    hidden value to a small range; we only rule out the exact "all ones" case. τ-ARGUS-style
 *    protection intervals would need a linear program per hidden cell.
 *  - Insiders. A förbund knows its own counts and can subtract them (why aggregates over förbund
 *    also need at least three contributors: see min-contributors.ts).
 *  - Attribute disclosure by zeros: "0 of this förbund's 12 participants went to work" is published.
 *
 * Zeros are published, as SCB and Kolada do: a zero identifies nobody (there is no one to
 * identify), and hiding zeros would hide most of a sparse table. The price is the group disclosure
 * above, which the Finsam follow-up (counts per intervention, no personal data) accepts.
 */
import { chooseComplement, isLineSafe, type LineEntry } from './line-rule.ts';
import { isSuppressed, type PublishedValue, SUPPRESSED } from './published-value.ts';
import { entriesClosingCycle, type GridPosition, recomputableGridEntries } from './suppression-graph.ts';

/** Counts in 1..(threshold − 1) are hidden. 5 means "at least 5 to publish". */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/** A position in a table; `'total'` addresses the margins. */
export interface TablePosition {
  readonly row: number | 'total';
  readonly column: number | 'total';
}

export interface SuppressionOptions {
  /** The smallest count that may be published (default 5). 1 disables primary suppression. */
  readonly threshold?: number;
  /**
   * Further positions to hide besides small counts, e.g. the row of a county with fewer than three
   * förbund. Zeros are published even when listed here (see the module comment).
   */
  readonly alsoSuppress?: (position: TablePosition) => boolean;
}

export interface SuppressedTable {
  readonly cells: readonly (readonly PublishedValue[])[];
  readonly rowTotals: readonly PublishedValue[];
  readonly columnTotals: readonly PublishedValue[];
  readonly grandTotal: PublishedValue;
}

/** A function that turns a table of counts into a publishable one (ours, or a naive one in tests). */
export type TableSuppressor = (
  cells: readonly (readonly number[])[],
  options?: SuppressionOptions,
) => SuppressedTable;

/** Throws unless `threshold` is a positive integer; returns it. */
export const checkThreshold = (threshold: number): number => {
  if (!Number.isSafeInteger(threshold) || threshold < 1) {
    throw new RangeError(`suppression threshold must be a positive integer, got ${threshold}`);
  }
  return threshold;
};

/** Throws unless `cells` is a non-empty rectangle of non-negative safe integers. */
const checkCountTable = (cells: readonly (readonly number[])[]): void => {
  const width = cells[0]?.length ?? 0;
  if (cells.length === 0 || width === 0)
    throw new RangeError('a table needs at least one row and one column');
  for (const row of cells) {
    if (row.length !== width) throw new RangeError('every row of a table must have the same number of cells');
    for (const value of row) {
      if (!Number.isSafeInteger(value) || value < 0) {
        throw new RangeError(`counts must be non-negative integers, got ${value}`);
      }
    }
  }
};

/**
 * The table with its margins as an (R+1) × (C+1) grid: the last column holds the row totals and
 * the last row the column totals and the grand total. Every grid line then reads "the last entry
 * is the sum of the others", which lets one rule treat cells and totals alike.
 */
export const augmentTable = (cells: readonly (readonly number[])[]): number[][] => {
  checkCountTable(cells);
  const columnCount = cells[0]?.length ?? 0;
  const grid = cells.map((row) => [...row, row.reduce((sum, value) => sum + value, 0)]);
  const totalsRow = Array.from({ length: columnCount + 1 }, (_, column) =>
    grid.reduce((sum, row) => sum + (row[column] ?? 0), 0),
  );
  return [...grid, totalsRow];
};

const toPosition = (row: number, column: number, rows: number, columns: number): TablePosition => ({
  row: row === rows - 1 ? 'total' : row,
  column: column === columns - 1 ? 'total' : column,
});

/** The entries of every grid line: rows first, then columns, each in order, total last. */
const gridLines = (rows: number, columns: number): GridPosition[][] => [
  ...Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columns }, (_, column): GridPosition => [row, column]),
  ),
  ...Array.from({ length: columns }, (_, column) =>
    Array.from({ length: rows }, (_, row): GridPosition => [row, column]),
  ),
];

const entryCost = (row: number, column: number, rows: number, columns: number): number =>
  (row === rows - 1 ? 1 : 0) + (column === columns - 1 ? 1 : 0);

/**
 * The line rule: hides what the grid's lines need hidden, one complement at a time (the cheapest
 * that makes the line safe), until every line is safe. Returns whether anything changed.
 */
const completeLines = (grid: readonly (readonly number[])[], hidden: boolean[][]): boolean => {
  const rows = grid.length;
  const columns = grid[0]?.length ?? 0;
  const lines = gridLines(rows, columns);
  let changedAny = false;
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      const entries: LineEntry[] = line.map(([row, column]) => ({
        value: grid[row]?.[column] ?? 0,
        isSuppressed: hidden[row]?.[column] ?? false,
        cost: entryCost(row, column, rows, columns),
        order: row * columns + column,
      }));
      if (isLineSafe(entries)) continue;
      const choice = chooseComplement(entries);
      const position = choice === undefined ? undefined : line[choice];
      if (position === undefined) throw new Error('suppressTable: an unsafe line has nothing left to hide');
      const hiddenRow = hidden[position[0]];
      if (hiddenRow) hiddenRow[position[1]] = true;
      changed = true;
      changedAny = true;
    }
  }
  return changedAny;
};

/** Closes a cycle through the first recomputable hidden entry, if any. Returns whether anything changed. */
const closeOneCycle = (grid: readonly (readonly number[])[], hidden: boolean[][]): boolean => {
  const [bridge] = recomputableGridEntries(hidden);
  if (bridge === undefined) return false;
  for (const [row, column] of entriesClosingCycle(grid, hidden, bridge)) {
    const hiddenRow = hidden[row];
    if (hiddenRow) hiddenRow[column] = true;
  }
  return true;
};

/**
 * Suppresses a two-way table of counts for publication: primary suppression of counts
 * 1..(threshold − 1) in cells and totals, then complementary suppression until no hidden value can
 * be recomputed from the published values of the same table (see the module comment for the attack
 * model and its limits). Totals are the sums of the cells; put "other/unknown" in a row or column
 * of its own if a total must include it. Deterministic: the same input gives the same output.
 *
 * Pure; called by the national-statistics verbs for the `network` role and förbund users before
 * anything leaves the database boundary.
 */
export const suppressTable: TableSuppressor = (cells, options = {}) => {
  const threshold = checkThreshold(options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD);
  const grid = augmentTable(cells);
  const rows = grid.length;
  const columns = grid[0]?.length ?? 0;
  const hidden = grid.map((line, row) =>
    line.map(
      (value, column) =>
        value > 0 &&
        (value < threshold || (options.alsoSuppress?.(toPosition(row, column, rows, columns)) ?? false)),
    ),
  );

  // Every recomputable hidden entry (the lone ".." of a line is the simplest case) gets the cheapest
  // cycle of hidden entries through it. This is the classic line rule — hide one more, prefer small
  // non-zero cells, iterate — with look-ahead: choosing the smallest cell line by line cascades (a
  // 3 in a 3×3 table costs six hidden cells instead of the four of one rectangle). Then the line rule
  // proper handles lines whose hidden cells would all be 1, which a cycle cannot see. Each step hides
  // at least one more entry, so this ends; at the limit everything is hidden, which is safe.
  for (;;) {
    if (closeOneCycle(grid, hidden)) continue;
    if (completeLines(grid, hidden)) continue;
    break;
  }

  const publish = (row: number, column: number): PublishedValue =>
    hidden[row]?.[column] ? SUPPRESSED : (grid[row]?.[column] ?? 0);
  const innerRows = rows - 1;
  const innerColumns = columns - 1;
  return {
    cells: Array.from({ length: innerRows }, (_, row) =>
      Array.from({ length: innerColumns }, (_, column) => publish(row, column)),
    ),
    rowTotals: Array.from({ length: innerRows }, (_, row) => publish(row, innerColumns)),
    columnTotals: Array.from({ length: innerColumns }, (_, column) => publish(innerRows, column)),
    grandTotal: publish(innerRows, innerColumns),
  };
};

/** A published table as an augmented grid of "is hidden" flags (for audits). */
export const hiddenGrid = (table: SuppressedTable): boolean[][] => [
  ...table.cells.map((row, index) => [...row, table.rowTotals[index] ?? SUPPRESSED].map(isSuppressed)),
  [...table.columnTotals, table.grandTotal].map(isSuppressed),
];
