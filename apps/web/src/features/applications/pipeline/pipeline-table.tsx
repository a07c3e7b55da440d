import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ColumnHeaders, numberColumn } from '../../../components/column-headers.tsx';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { formatDate } from '../../../lib/format.ts';
import { formatOre } from '../../interventions/shared.tsx';
import { useTenantSlug } from '../../tenant/use-tenant-slug.ts';
import { type PipelineGroup, pipelineAmountOre } from './pipeline-groups.ts';
import type { ApplicationListItem } from './shared.ts';

/** One status of the pipeline: its heading with count and sum, and its applications as a table. */
export function PipelineTable({ group }: { group: PipelineGroup<ApplicationListItem> }) {
  const { t } = useTranslation();
  const slug = useTenantSlug();
  const status = t(`applicationLabels.status.${group.status}`);
  const sum = formatOre(group.sumOre);
  const headingId = `pipeline-${group.status}`;
  const none = t('applicationPipeline.none');
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('applicationPipeline.list.statusHeading', { status, count: group.count, sum })}
      </h2>
      <ScrollRegion label={t('applicationPipeline.list.caption', { status, count: group.count, sum })}>
        <table>
          <caption className="visually-hidden">
            {t('applicationPipeline.list.caption', { status, count: group.count, sum })}
          </caption>
          <ColumnHeaders
            columns={[
              t('applicationPipeline.list.titleColumn'),
              t('applicationPipeline.list.lead'),
              t('applicationPipeline.list.parties'),
              t('applicationPipeline.list.localGroupColumn'),
              t('applicationPipeline.list.period'),
              numberColumn(t('applicationPipeline.list.requested')),
              numberColumn(t('applicationPipeline.list.amount')),
            ]}
          />
          <tbody>
            {group.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <Link to={`/f/${slug}/ansokningar/${row.id}`}>{row.title}</Link>
                  {row.isDemoEstimate ? ` (${t('applicationPipeline.list.demoEstimate')})` : ''}
                </th>
                <td>{row.leadName ?? none}</td>
                <td>{row.partyNames.join(', ') || none}</td>
                <td>{row.localGroupName ?? none}</td>
                <td>
                  {row.startDate || row.endDate
                    ? `${row.startDate ? formatDate(row.startDate, 'short') : none} – ${row.endDate ? formatDate(row.endDate, 'short') : none}`
                    : row.expectedYear !== null
                      ? String(row.expectedYear)
                      : none}
                </td>
                <td className="num">{formatOre(row.requestedOre)}</td>
                <td className="num">{formatOre(pipelineAmountOre(row))}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={6}>
                {t('applicationPipeline.list.total')}
              </th>
              <td className="num">{sum}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
    </section>
  );
}
