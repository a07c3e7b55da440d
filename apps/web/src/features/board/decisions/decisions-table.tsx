import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { concernsText, correctionsText, type DecisionRowText, kindText } from './decision-text.ts';

/** The register's rows: date, body, §, the title linking to the decision, kind, what it concerns, corrections. */
export function DecisionsTable({ rows }: { rows: readonly DecisionRowText[] }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const column = (key: 'date' | 'body' | 'paragraph' | 'title' | 'kind' | 'concerns' | 'corrected') =>
    t(`boardDecisions.columns.${key}`);
  return (
    <DataTable
      title={t('boardDecisions.table')}
      className="data-table decisions-table"
      columns={[
        column('title'),
        column('date'),
        column('body'),
        { label: column('paragraph'), isNumber: true },
        column('kind'),
        column('concerns'),
        column('corrected'),
      ]}
      rows={rows}
      rowKey={(row) => row.id}
    >
      {(row) => (
        <>
          <th scope="row">
            <Link to={`/f/${tenant.slug}/beslut/${row.id}`}>{row.title}</Link>
          </th>
          <td className="decisions-table__date">{formatDate(row.meetingDate)}</td>
          <td>{row.bodyName}</td>
          <td className="data-table__number">{row.paragraph ?? t('boardDecisions.noParagraph')}</td>
          <td>{kindText(t, row)}</td>
          <td>{concernsText(t, row.concerns) || t('boardDecisions.nothing')}</td>
          <td>{correctionsText(t, row) || t('boardDecisions.nothing')}</td>
        </>
      )}
    </DataTable>
  );
}
