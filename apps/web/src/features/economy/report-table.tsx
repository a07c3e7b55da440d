import type { ReactNode } from 'react';
import { ColumnHeaders, numberColumn } from '../../components/column-headers.tsx';
import { ScrollRegion } from '../../components/scroll-region.tsx';

export interface ReportTableSection {
  key: string;
  /** Heading row of the section, across every column; none for a table of one plain section. */
  label?: string;
  rows: ReactNode;
}

interface ReportTableProps {
  caption: string;
  headers: string[];
  /** Columns from this one on hold amounts (right-aligned). */
  firstAmountColumn?: number;
  sections: readonly ReportTableSection[];
  footer?: ReactNode;
  /** The table has inputs in it (the closing forecast): the editor's cell spacing. */
  isEditor?: boolean;
}

/**
 * The table of an economy report: a caption, one row of column headers, a `tbody` per section
 * (headed by its label, so screen readers announce where a line belongs) and an optional footer.
 * The reports and the closing forecast share it; only their rows differ.
 */
export function ReportTable({
  caption,
  headers,
  firstAmountColumn = 1,
  sections,
  footer,
  isEditor = false,
}: ReportTableProps) {
  const table = (
    <table className={`economy-table ${isEditor ? 'economy-table--editor' : 'economy-report'}`}>
      <caption>{caption}</caption>
      <ColumnHeaders
        columns={headers.map((header, index) => (index >= firstAmountColumn ? numberColumn(header) : header))}
      />
      {sections.map((section) => (
        <tbody key={section.key}>
          {section.label ? (
            <tr className="economy-report__section">
              <th scope="colgroup" colSpan={headers.length}>
                {section.label}
              </th>
            </tr>
          ) : null}
          {section.rows}
        </tbody>
      ))}
      {footer ? <tfoot>{footer}</tfoot> : null}
    </table>
  );
  return <ScrollRegion label={caption}>{table}</ScrollRegion>;
}

/**
 * A row of a report: its heading, then amount cells in order (already formatted; null leaves the
 * cell empty). `isTotal` sets it off as a sum.
 */
export function AmountRow({
  heading,
  amounts,
  isTotal = false,
}: {
  heading: ReactNode;
  amounts: readonly ReactNode[];
  isTotal?: boolean;
}) {
  return (
    <tr className={isTotal ? 'economy-report__total' : undefined}>
      <th scope="row">{heading}</th>
      {amounts.map((amount, column) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a row's columns are fixed and never reorder
        <td key={column} className={amount === null ? undefined : 'num'}>
          {amount}
        </td>
      ))}
    </tr>
  );
}
