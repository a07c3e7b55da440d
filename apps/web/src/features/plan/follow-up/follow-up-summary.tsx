import { followUpStatuses } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { ColumnHeaders, numberColumn } from '../../../components/column-headers.tsx';
import type { PlanFollowUpData } from './follow-up-shared.ts';
import { FollowUpStatusBadge } from './follow-up-status.tsx';

/** The goal-fulfilment summary: how many goals and indicators stand at each status. */
export function FollowUpSummary({ data, periodText }: { data: PlanFollowUpData; periodText: string }) {
  const { t } = useTranslation();
  return (
    <section className="follow-up-summary" aria-labelledby="follow-up-summary-title">
      <h2 id="follow-up-summary-title">{t('planFollowUp.summary.title')}</h2>
      <table className="plan-table follow-up-summary__table">
        <caption className="visually-hidden">
          {t('planFollowUp.summary.caption', { period: periodText })}
        </caption>
        <ColumnHeaders
          columns={[
            t('planFollowUp.summary.status'),
            numberColumn(t('planFollowUp.summary.goals')),
            numberColumn(t('planFollowUp.summary.indicators')),
          ]}
          numberClass="plan-table__number"
        />
        <tbody>
          {followUpStatuses.map((status) => (
            <tr key={status}>
              <th scope="row">
                <FollowUpStatusBadge status={status} />
              </th>
              <td className="plan-table__number">{data.summary.goals[status]}</td>
              <td className="plan-table__number">{data.summary.indicators[status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
