/**
 * Test oracle, independent of the graph argument in suppression-graph.ts: which hidden entries of
 * an augmented grid are fixed by the line equations, found by Gaussian elimination. A hidden entry
 * is determined exactly when its unit vector lies in the row space of the equations restricted to
 * the hidden entries, i.e. when its pivot row in reduced row echelon form has no other non-zero.
 */
export const linearlyDeterminedEntries = (hidden: readonly (readonly boolean[])[]): [number, number][] => {
  const rows = hidden.length;
  const columns = hidden[0]?.length ?? 0;
  const unknowns: [number, number][] = [];
  hidden.forEach((line, row) => {
    line.forEach((isHidden, column) => {
      if (isHidden) unknowns.push([row, column]);
    });
  });
  const indexOf = new Map(unknowns.map(([row, column], index) => [`${row},${column}`, index]));
  const equation = (entries: [number, number][]): number[] => {
    const coefficients = Array.from({ length: unknowns.length }, () => 0);
    entries.forEach(([row, column], position) => {
      const index = indexOf.get(`${row},${column}`);
      // Cells count +1, the line's total (its last entry) −1: cells − total = 0.
      if (index !== undefined) coefficients[index] = position === entries.length - 1 ? -1 : 1;
    });
    return coefficients;
  };
  const matrix: number[][] = [
    ...Array.from({ length: rows }, (_, row) =>
      equation(Array.from({ length: columns }, (_, column): [number, number] => [row, column])),
    ),
    ...Array.from({ length: columns }, (_, column) =>
      equation(Array.from({ length: rows }, (_, row): [number, number] => [row, column])),
    ),
  ];

  // Reduced row echelon form in exact rationals would be the general tool; these equations are
  // totally unimodular, so every pivot is ±1 and integers suffice (asserted below).
  const pivotRowOf = new Map<number, number[]>();
  let nextRow = 0;
  for (let column = 0; column < unknowns.length && nextRow < matrix.length; column++) {
    const pivotIndex = matrix.findIndex((line, index) => index >= nextRow && (line[column] ?? 0) !== 0);
    if (pivotIndex === -1) continue;
    const pivot = matrix[pivotIndex] as number[];
    matrix[pivotIndex] = matrix[nextRow] as number[];
    matrix[nextRow] = pivot;
    const pivotValue = pivot[column] ?? 0;
    if (Math.abs(pivotValue) !== 1)
      throw new Error('non-unit pivot: the equations are not totally unimodular');
    for (let i = 0; i < pivot.length; i++) pivot[i] = (pivot[i] ?? 0) * pivotValue;
    for (const line of matrix) {
      if (line === pivot) continue;
      const factor = line[column] ?? 0;
      if (factor === 0) continue;
      for (let i = 0; i < line.length; i++) line[i] = (line[i] ?? 0) - factor * (pivot[i] ?? 0);
    }
    pivotRowOf.set(column, pivot);
    nextRow++;
  }
  return unknowns.filter((_, index) => {
    const pivotRow = pivotRowOf.get(index);
    return pivotRow?.every((value, i) => i === index || value === 0) ?? false;
  });
};
