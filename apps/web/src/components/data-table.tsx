import type { Key, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, ColumnHeaders } from './column-headers.tsx';
import { ScrollRegion } from './scroll-region.tsx';

export interface DataTableProps<Row> {
  title: string;
  columns: readonly Column[];
  rows: readonly Row[];
  rowKey: (row: Row) => Key;
  /** What to say when there are no rows; without it an empty list shows an empty table. */
  empty?: string;
  /** A visible caption, which then names the table (a report's title with its unit). */
  caption?: ReactNode;
  className?: string;
  /** The class that right-aligns number columns, header and cells alike (`num` in the reports). */
  numberClass?: string;
  /** A `tfoot`'s rows (sums). */
  foot?: ReactNode;
  children: (row: Row) => ReactNode;
}

/**
 * A list as a table (team, invitations, members, sessions, förbund): named after its title so the
 * sideways-scrolling region is announced, one header row, a row per item, and the page's own
 * sentence instead of an empty table. `children` renders a row's cells, the first a `th scope="row"`.
 * A report's table (economy) adds a visible caption, its own class and a footer of sums.
 */
export function DataTable<Row>({
  title,
  columns,
  rows,
  rowKey,
  empty,
  caption,
  className = 'data-table',
  numberClass = 'data-table__number',
  foot,
  children,
}: DataTableProps<Row>) {
  const { t } = useTranslation();
  if (rows.length === 0 && empty !== undefined) return <p className="empty-state">{empty}</p>;
  return (
    <ScrollRegion label={t('administration.common.tableOf', { title })}>
      <table className={className}>
        {caption ? <caption>{caption}</caption> : null}
        <ColumnHeaders columns={columns} numberClass={numberClass} />
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>{children(row)}</tr>
          ))}
        </tbody>
        {foot ? <tfoot>{foot}</tfoot> : null}
      </table>
    </ScrollRegion>
  );
}

/** The actions cell of a row: its buttons side by side. */
export function RowActions({ children }: { children: ReactNode }) {
  return (
    <td>
      <div className="button-row">{children}</div>
    </td>
  );
}

/**
 * A small button acting on one row. Its name carries the row (`subject`, read but not shown), so a
 * screen reader's list of buttons says which row each one acts on. An unavailable action stays
 * focusable (aria-disabled) and does nothing.
 */
export function RowAction({
  label,
  subject,
  onClick,
  isUnavailable = false,
  describedBy,
}: {
  label: string;
  subject: string;
  onClick: () => void;
  isUnavailable?: boolean;
  describedBy?: string | undefined;
}) {
  return (
    <button
      type="button"
      className="button button--secondary button--small"
      aria-disabled={isUnavailable || undefined}
      aria-describedby={describedBy}
      onClick={() => {
        if (!isUnavailable) onClick();
      }}
    >
      {label}
      <span className="visually-hidden"> {subject}</span>
    </button>
  );
}
