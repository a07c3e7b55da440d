import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../../components/scroll-region.tsx';

/**
 * An organisation list's table: scrollable at 320 px, named by its (visually hidden) caption, one
 * header per column and, for those who may edit, the rows' actions column (left out in print).
 */
export function OrganisationTable({
  caption,
  columns,
  hasActions,
  children,
}: {
  caption: string;
  columns: string[];
  hasActions: boolean;
  /** The rows. */
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <ScrollRegion label={caption}>
      <table className="organisation-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
            {hasActions ? (
              <th scope="col" className="no-print">
                {t('boardOrganisation.seats.actions')}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollRegion>
  );
}
