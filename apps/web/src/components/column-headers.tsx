/**
 * A column's header; a number column is right-aligned, header and cells alike; a hidden one (the
 * row actions) is named for screen readers only.
 */
export type Column = string | { label: string; isNumber?: true; isHidden?: true };

/**
 * A table's header row, one `th scope="col"` per column. `numberClass` is the class that aligns
 * the table's number columns (`num` in the reports, `data-table__number` in the admin lists).
 */
export function ColumnHeaders({
  columns,
  numberClass = 'num',
  hasBlankEnd = false,
}: {
  columns: readonly Column[];
  numberClass?: string;
  /** An empty last cell (`td`), over a column of row buttons that has no header of its own. */
  hasBlankEnd?: boolean;
}) {
  return (
    <thead>
      <tr>
        {columns.map((column) =>
          typeof column === 'string' ? (
            <th key={column} scope="col">
              {column}
            </th>
          ) : (
            <th key={column.label} scope="col" className={column.isNumber ? numberClass : undefined}>
              {column.isHidden ? <span className="visually-hidden">{column.label}</span> : column.label}
            </th>
          ),
        )}
        {hasBlankEnd ? <td /> : null}
      </tr>
    </thead>
  );
}

/** A number column's header. */
export const numberColumn = (label: string): Column => ({ label, isNumber: true });

/** A column named for screen readers only (the row actions). */
export const hiddenColumn = (label: string): Column => ({ label, isHidden: true });
