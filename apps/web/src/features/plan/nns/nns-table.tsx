import type { ReactNode } from 'react';
import { type Column, ColumnHeaders } from '../../../components/column-headers.tsx';
import { ScrollRegion } from '../../../components/scroll-region.tsx';

/** An NNS table: scrolled sideways on its own at narrow widths, named by its caption, its header row, then the rows. */
export function NnsTable({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: readonly Column[];
  children: ReactNode;
}) {
  return (
    <ScrollRegion label={caption}>
      <table className="nns-table">
        <caption>{caption}</caption>
        <ColumnHeaders columns={columns} />
        <tbody>{children}</tbody>
      </table>
    </ScrollRegion>
  );
}
