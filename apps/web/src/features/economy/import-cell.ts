/** Errors whose value names another row or period, not what the file's cell holds. */
const referenceKeys = new Set(['import.overlapInFile', 'import.overlapsEntered', 'import.duplicateRow']);

/**
 * What a row's cell holds in the file, for the error table's "Värde" column. The checks that
 * compare rows put the OTHER row or period in `value` (for the sentence), so the cell is read
 * from the file itself: its header names the column.
 */
export function cellOf(
  rows: readonly (readonly string[])[],
  error: { row: number; key: string; value?: string | null | undefined },
  columnHeader: string,
): string {
  if (!referenceKeys.has(error.key)) return error.value ?? '';
  const header = rows[0] ?? [];
  const column = header.findIndex((cell) => cell.trim().toLowerCase() === columnHeader.toLowerCase());
  return column >= 0 ? (rows[error.row - 1]?.[column] ?? '') : '';
}
