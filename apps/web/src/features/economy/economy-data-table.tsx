import { DataTable, type DataTableProps } from '../../components/data-table.tsx';
import { UnitNote } from './unit-note.tsx';

/**
 * An economy table on the kit's `DataTable`: its title is the visible caption, with the unit
 * said when amounts are in thousands, and number columns right-aligned as in the reports.
 */
export function EconomyDataTable<Row>({
  className,
  ...table
}: Omit<DataTableProps<Row>, 'caption' | 'className' | 'numberClass'> & { className?: string }) {
  return (
    <DataTable
      {...table}
      caption={
        <>
          {table.title}
          <UnitNote />
        </>
      }
      className={className ? `economy-table ${className}` : 'economy-table'}
      numberClass="num"
    />
  );
}
