/**
 * Multi-line differencing within one table, seen as a graph.
 *
 * Take the table with its margins as an (R+1) × (C+1) grid (last row = column totals, last column =
 * row totals). Every grid line says "the last entry is the sum of the others". Make a bipartite
 * graph with one vertex per grid row and one per grid column, and one edge per suppressed entry.
 * The line equations are then flow conservation on that graph, and the values a reader cannot pin
 * down are exactly those that can move around a cycle. So a suppressed entry can be recomputed
 * exactly — by adding and subtracting any combination of rows and columns — if and only if its edge
 * is a bridge (lies on no cycle) of the suppressed-entry graph. A line with a single suppressed
 * entry is the simplest bridge; two blocks of suppressed cells joined by one cell are another.
 *
 * Internal to the statistics module: the grid uses augmented coordinates.
 */
import { compareKeys } from './line-rule.ts';

/** `[row, column]` in augmented coordinates (row R / column C are the totals). */
export type GridPosition = readonly [number, number];

const dimensions = (grid: readonly (readonly unknown[])[]): { rows: number; columns: number } => ({
  rows: grid.length,
  columns: grid[0]?.length ?? 0,
});

const at = <T>(grid: readonly (readonly T[])[], row: number, column: number): T => {
  const value = grid[row]?.[column];
  if (value === undefined) throw new RangeError(`grid position ${row},${column} is outside the table`);
  return value;
};

/** Whether column vertex `target` is reachable from row vertex `start` over suppressed entries, not using `skip`. */
const connectedWithout = (suppressed: readonly (readonly boolean[])[], skip: GridPosition): boolean => {
  const { rows, columns } = dimensions(suppressed);
  const [startRow, targetColumn] = skip;
  // Vertices: rows are 0..rows-1, columns are rows..rows+columns-1.
  const seen = new Set<number>([startRow]);
  const queue = [startRow];
  while (queue.length > 0) {
    const vertex = queue.shift();
    if (vertex === undefined) break;
    const isRow = vertex < rows;
    const count = isRow ? columns : rows;
    for (let other = 0; other < count; other++) {
      const [row, column] = isRow ? [vertex, other] : [other, vertex - rows];
      if (row === skip[0] && column === skip[1]) continue;
      if (!at(suppressed, row, column)) continue;
      const next = isRow ? rows + other : other;
      if (next === rows + targetColumn) return true;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen.has(rows + targetColumn);
};

/**
 * Suppressed entries whose value follows exactly from the published entries of the same table
 * (ignoring bounds such as non-negativity), in row-major order.
 */
export const recomputableGridEntries = (suppressed: readonly (readonly boolean[])[]): GridPosition[] => {
  const { rows, columns } = dimensions(suppressed);
  const found: GridPosition[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      if (at(suppressed, row, column) && !connectedWithout(suppressed, [row, column]))
        found.push([row, column]);
    }
  }
  return found;
};

/**
 * The published entries to suppress so that the suppressed entry at `bridge` lies on a cycle:
 * the cheapest path from its row to its column that avoids it, where walking over an already
 * suppressed entry is free and a published one costs (grand totals, then totals, then the sum of
 * values, then the number of entries — compared in that order). Zeros are not walked over, for the
 * reason given in `chooseComplement`; a non-zero path always exists because any non-zero entry
 * lies on the cycle cell → column total → grand total → row total.
 */
export const entriesClosingCycle = (
  values: readonly (readonly number[])[],
  suppressed: readonly (readonly boolean[])[],
  bridge: GridPosition,
): GridPosition[] => {
  const { rows, columns } = dimensions(values);
  const vertexCount = rows + columns;
  const entryCost = (row: number, column: number): readonly number[] | undefined => {
    if (row === bridge[0] && column === bridge[1]) return undefined;
    if (at(suppressed, row, column)) return [0, 0, 0, 0];
    const value = at(values, row, column);
    if (value === 0) return undefined;
    const isGrand = row === rows - 1 && column === columns - 1;
    const isTotal = !isGrand && (row === rows - 1 || column === columns - 1);
    return [isGrand ? 1 : 0, isTotal ? 1 : 0, value, 1];
  };

  const distance: (readonly number[] | undefined)[] = Array.from({ length: vertexCount }, () => undefined);
  const previous: (number | undefined)[] = Array.from({ length: vertexCount }, () => undefined);
  const done = new Set<number>();
  const start = bridge[0];
  const target = rows + bridge[1];
  distance[start] = [0, 0, 0, 0];

  // O(V²) Dijkstra: tables have at most a few hundred lines, and a fixed scan order keeps it deterministic.
  for (;;) {
    let current: number | undefined;
    for (let vertex = 0; vertex < vertexCount; vertex++) {
      const d = distance[vertex];
      if (d === undefined || done.has(vertex)) continue;
      const best = current === undefined ? undefined : distance[current];
      if (best === undefined || compareKeys(d, best) < 0) current = vertex;
    }
    if (current === undefined) throw new Error('entriesClosingCycle: no path — the table is inconsistent');
    if (current === target) break;
    done.add(current);
    const currentDistance = distance[current] as readonly number[];
    const isRow = current < rows;
    const count = isRow ? columns : rows;
    for (let other = 0; other < count; other++) {
      const [row, column] = isRow ? [current, other] : [other, current - rows];
      const cost = entryCost(row, column);
      if (cost === undefined) continue;
      const next = isRow ? rows + other : other;
      if (done.has(next)) continue;
      const candidate = currentDistance.map((part, i) => part + (cost[i] ?? 0));
      const known = distance[next];
      if (known === undefined || compareKeys(candidate, known) < 0) {
        distance[next] = candidate;
        previous[next] = current;
      }
    }
  }

  const toSuppress: GridPosition[] = [];
  for (let vertex = target; vertex !== start; ) {
    const from = previous[vertex];
    if (from === undefined) throw new Error('entriesClosingCycle: broken path');
    const position: GridPosition = from < rows ? [from, vertex - rows] : [vertex, from - rows];
    if (!at(suppressed, position[0], position[1])) toSuppress.push(position);
    vertex = from;
  }
  return toSuppress;
};
