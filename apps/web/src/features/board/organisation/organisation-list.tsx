import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { QueryState } from '../../../components/query-state.tsx';
import { OrganisationTable } from './organisation-table.tsx';

/**
 * An organisation list as the page shows it: loading and failure as every page has them, the
 * section's sentence when it has no rows, else its table (`children` draws the rows).
 */
export function OrganisationList<Row>({
  query,
  empty,
  caption,
  columns,
  hasActions,
  children,
}: {
  query: UseQueryResult<Row[], unknown>;
  /** The sentence shown instead of an empty table. */
  empty: string;
  caption: string;
  columns: string[];
  hasActions: boolean;
  children: (rows: Row[]) => ReactNode;
}) {
  return (
    <QueryState
      query={query}
      isEmpty={(rows) => rows.length === 0}
      empty={<p className="empty-state">{empty}</p>}
    >
      {(rows) => (
        <OrganisationTable caption={caption} columns={columns} hasActions={hasActions}>
          {children(rows)}
        </OrganisationTable>
      )}
    </QueryState>
  );
}
