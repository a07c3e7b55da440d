import { formatMoney, type Ore } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import type { AheadData, GrantedData, OverdueData, PaymentsData, PipelineData } from './reports-workbook.ts';

const money = (amount: number) => formatMoney(amount as Ore);
const r = 'applicationReports' as const;

/** "Beviljade insatser <år>": each grant with a commitment in the year, linked to its application and intervention. */
export function GrantedTable({ data }: { data: GrantedData }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { year } = data;
  const column = (key: 'title' | 'lead' | 'parties' | 'intervention' | 'agreement') =>
    t(`${r}.granted.columns.${key}`);
  return (
    <DataTable
      title={t(`${r}.granted.heading`, { year })}
      caption={t(`${r}.granted.heading`, { year })}
      empty={t(`${r}.granted.empty`, { year })}
      columns={[
        column('title'),
        column('lead'),
        column('parties'),
        { label: t(`${r}.granted.columns.amount`, { year }), isNumber: true },
        column('intervention'),
        column('agreement'),
      ]}
      rows={data.rows}
      rowKey={(row) => row.applicationId}
      foot={
        <tr>
          <th scope="row">{t(`${r}.granted.total`)}</th>
          <td />
          <td />
          <td className="data-table__number">{money(data.totalOre)}</td>
          <td />
          <td />
        </tr>
      }
    >
      {(row) => (
        <>
          <th scope="row">
            <Link to={`/f/${tenant.slug}/ansokningar/${row.applicationId}`}>{row.title}</Link>
          </th>
          <td>{row.leadName ?? t(`${r}.granted.none`)}</td>
          <td>{row.partyNames.length > 0 ? row.partyNames.join(', ') : t(`${r}.granted.none`)}</td>
          <td className="data-table__number">{money(row.yearAmountOre)}</td>
          <td>
            {row.interventionId ? (
              <Link to={`/f/${tenant.slug}/insatser/${row.interventionId}`}>{row.interventionName}</Link>
            ) : (
              t(`${r}.granted.noIntervention`)
            )}
          </td>
          <td>{t(`applicationLabels.agreementStatus.${row.agreementStatus}`)}</td>
        </>
      )}
    </DataTable>
  );
}

/** The pipeline by status: count and amounts, every status (0 where none), with a total row. */
export function PipelineTable({ data }: { data: PipelineData }) {
  const { t } = useTranslation();
  const amounts = ['expected', 'requested', 'proposed', 'granted'] as const;
  const sum = (key: (typeof amounts)[number]) => data.reduce((total, row) => total + row[`${key}Ore`], 0);
  return (
    <DataTable
      title={t(`${r}.pipeline.heading`)}
      caption={t(`${r}.pipeline.heading`)}
      columns={[
        t(`${r}.pipeline.columns.status`),
        { label: t(`${r}.pipeline.columns.count`), isNumber: true },
        ...amounts.map((key) => ({ label: t(`${r}.pipeline.columns.${key}`), isNumber: true as const })),
      ]}
      rows={data}
      rowKey={(row) => row.status}
      foot={
        <tr>
          <th scope="row">{t(`${r}.pipeline.total`)}</th>
          <td className="data-table__number">{data.reduce((total, row) => total + row.count, 0)}</td>
          {amounts.map((key) => (
            <td key={key} className="data-table__number">
              {money(sum(key))}
            </td>
          ))}
        </tr>
      }
    >
      {(row) => (
        <>
          <th scope="row">{t(`applicationLabels.status.${row.status}`)}</th>
          <td className="data-table__number">{row.count}</td>
          {amounts.map((key) => (
            <td key={key} className="data-table__number">
              {money(row[`${key}Ore`])}
            </td>
          ))}
        </>
      )}
    </DataTable>
  );
}

/** What the agreements bind the förbund to pay per year from a year on. */
export function AheadTable({ data, fromYear }: { data: AheadData; fromYear: number }) {
  const { t } = useTranslation();
  return (
    <DataTable
      title={t(`${r}.ahead.heading`)}
      caption={t(`${r}.ahead.heading`)}
      empty={t(`${r}.ahead.empty`, { year: fromYear })}
      columns={[
        t(`${r}.ahead.columns.year`),
        { label: t(`${r}.ahead.columns.committed`), isNumber: true },
        { label: t(`${r}.ahead.columns.agreements`), isNumber: true },
      ]}
      rows={data}
      rowKey={(row) => row.year}
    >
      {(row) => (
        <>
          <th scope="row">{row.year}</th>
          <td className="data-table__number">{money(row.committedOre)}</td>
          <td className="data-table__number">{row.agreementCount}</td>
        </>
      )}
    </DataTable>
  );
}

/** Unpaid payments falling due within the days, those already past due marked. */
export function PaymentsTable({ data, days }: { data: PaymentsData; days: number }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  return (
    <DataTable
      title={t(`${r}.payments.heading`, { days })}
      caption={t(`${r}.payments.heading`, { days })}
      empty={t(`${r}.payments.empty`, { days })}
      columns={[
        t(`${r}.payments.columns.title`),
        t(`${r}.payments.columns.dueDate`),
        t(`${r}.payments.columns.kind`),
        { label: t(`${r}.payments.columns.amount`), isNumber: true },
        t(`${r}.payments.columns.state`),
      ]}
      rows={data.rows}
      rowKey={(row) => row.paymentId}
    >
      {(row) => (
        <>
          <th scope="row">
            <Link to={`/f/${tenant.slug}/ansokningar/${row.applicationId}/avtal`}>{row.title}</Link>
          </th>
          <td className="application-reports__date">{formatDate(row.dueDate)}</td>
          <td>{t(`applicationLabels.paymentKind.${row.kind}`)}</td>
          <td className="data-table__number">{money(row.amountOre)}</td>
          <td>{t(row.isOverdue ? `${r}.payments.overdue` : `${r}.payments.upcoming`)}</td>
        </>
      )}
    </DataTable>
  );
}

/** Reports not submitted after their deadline, with the days they are late. */
export function OverdueTable({ data }: { data: OverdueData }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  return (
    <DataTable
      title={t(`${r}.reports.heading`)}
      caption={t(`${r}.reports.heading`)}
      empty={t(`${r}.reports.empty`)}
      columns={[
        t(`${r}.reports.columns.title`),
        t(`${r}.reports.columns.kind`),
        t(`${r}.reports.columns.dueDate`),
        { label: t(`${r}.reports.columns.daysOverdue`), isNumber: true },
      ]}
      rows={data.rows}
      rowKey={(row) => row.reportId}
    >
      {(row) => (
        <>
          <th scope="row">
            <Link to={`/f/${tenant.slug}/ansokningar/${row.applicationId}/avtal`}>{row.title}</Link>
          </th>
          <td>{t(`applicationLabels.reportKind.${row.kind}`)}</td>
          <td className="application-reports__date">{formatDate(row.dueDate)}</td>
          <td className="data-table__number">{row.daysOverdue}</td>
        </>
      )}
    </DataTable>
  );
}
