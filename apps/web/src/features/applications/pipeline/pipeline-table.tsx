import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { formatDate } from '../../../lib/format.ts';
import { formatOre } from '../../interventions/shared.tsx';
import { type PipelineGroup, pipelineAmountOre } from './pipeline-groups.ts';
import { type ApplicationListItem, useSlug } from './shared.ts';

/** One status of the pipeline: its heading with count and sum, and its applications as a table. */
export function PipelineTable({ group }: { group: PipelineGroup<ApplicationListItem> }) {
  const { t } = useTranslation();
  const slug = useSlug();
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
          <thead>
            <tr>
              <th scope="col">{t('applicationPipeline.list.titleColumn')}</th>
              <th scope="col">{t('applicationPipeline.list.lead')}</th>
              <th scope="col">{t('applicationPipeline.list.parties')}</th>
              <th scope="col">{t('applicationPipeline.list.localGroupColumn')}</th>
              <th scope="col">{t('applicationPipeline.list.period')}</th>
              <th scope="col" className="num">
                {t('applicationPipeline.list.requested')}
              </th>
              <th scope="col" className="num">
                {t('applicationPipeline.list.amount')}
              </th>
            </tr>
          </thead>
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
