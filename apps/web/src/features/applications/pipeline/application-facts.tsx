import { targetGroupLabel } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { ColumnHeaders, numberColumn } from '../../../components/column-headers.tsx';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { formatDate } from '../../../lib/format.ts';
import { targetGroupText } from '../../../lib/target-group-text.ts';
import { formatOre } from '../../interventions/shared.tsx';
import type { ApplicationDetail } from './shared.ts';

/** The application's fields as a definition list, its goals and its budget per year. */
export function ApplicationFacts({ detail }: { detail: ApplicationDetail }) {
  const { t } = useTranslation();
  const { application } = detail;
  const none = t('applicationPipeline.none');
  const targetGroup = targetGroupText(
    application.targetGroupIds.map((id) => targetGroupLabel(id as never)),
    application.targetGroupText,
  );
  const period =
    application.startDate || application.endDate
      ? `${application.startDate ? formatDate(application.startDate) : none} – ${application.endDate ? formatDate(application.endDate) : none}`
      : none;
  const facts: [string, string][] = [
    [t('applicationPipeline.detail.diaryNumber'), application.diaryNumber || none],
    [t('applicationPipeline.detail.kind'), t(`applicationLabels.kind.${application.kind}`)],
    [t('applicationPipeline.detail.lead'), detail.leadName ?? none],
    [t('applicationPipeline.detail.parties'), detail.partyNames.join(', ') || none],
    [t('applicationPipeline.detail.localGroup'), detail.localGroupName ?? none],
    [t('applicationPipeline.detail.contact'), application.contact || none],
    [t('applicationPipeline.detail.targetGroup'), targetGroup || none],
    [t('applicationPipeline.detail.need'), application.need || none],
    [t('applicationPipeline.detail.purpose'), application.purpose || none],
    [t('applicationPipeline.detail.collaboration'), application.collaboration || none],
    [t('applicationPipeline.detail.period'), period],
    [t('applicationPipeline.detail.requested'), formatOre(detail.requestedOre)],
  ];
  if (application.expectedYear !== null || application.expectedAmountOre !== null)
    facts.push([
      t('applicationPipeline.detail.expected'),
      t('applicationPipeline.detail.expectedValue', {
        amount: formatOre(application.expectedAmountOre),
        year: application.expectedYear ?? none,
      }),
    ]);
  if (application.proposedAmountOre !== null)
    facts.push([t('applicationPipeline.detail.proposed'), formatOre(application.proposedAmountOre)]);
  if (application.grantedAmountOre !== null)
    facts.push([t('applicationPipeline.detail.granted'), formatOre(application.grantedAmountOre)]);
  if (application.decidedDate !== null)
    facts.push([t('applicationPipeline.detail.decided'), formatDate(application.decidedDate)]);
  return (
    <>
      <section aria-labelledby="application-facts">
        <h2 id="application-facts">{t('applicationPipeline.detail.facts')}</h2>
        <dl className="application-facts">
          {facts.map(([term, value]) => (
            <div key={term} style={{ display: 'contents' }}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="application-goals">
        <h2 id="application-goals">{t('applicationPipeline.detail.goals')}</h2>
        {detail.goals.length === 0 ? (
          <p>{t('applicationPipeline.detail.noGoals')}</p>
        ) : (
          <ol>
            {detail.goals.map((goal, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the goals are saved whole, in this order, and have no id.
              <li key={index}>
                {goal.description}
                {goal.type === 'count'
                  ? ` (${t('interventions.goals.targetCountValue', { target: goal.target })})`
                  : ''}
                {goal.type === 'share'
                  ? ` (${t('interventions.goals.targetShareValue', {
                      comparison: t(`interventions.goals.comparisons.${goal.comparison}`),
                      percent: goal.targetPercent,
                    })})`
                  : ''}
              </li>
            ))}
          </ol>
        )}
      </section>
      <BudgetTable detail={detail} />
    </>
  );
}

function BudgetTable({ detail }: { detail: ApplicationDetail }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="application-budget">
      <h2 id="application-budget">{t('applicationPipeline.detail.budget')}</h2>
      {detail.budgetYears.length === 0 ? (
        <p>{t('applicationPipeline.detail.noBudget')}</p>
      ) : (
        <ScrollRegion label={t('applicationPipeline.detail.budgetCaption')}>
          <table>
            <caption className="visually-hidden">{t('applicationPipeline.detail.budgetCaption')}</caption>
            <ColumnHeaders
              columns={[
                t('applicationPipeline.detail.year'),
                numberColumn(t('applicationPipeline.detail.requestedColumn')),
                numberColumn(t('applicationPipeline.detail.ownContribution')),
                t('applicationPipeline.detail.planned'),
              ]}
            />
            <tbody>
              {detail.budgetYears.map((entry) => (
                <tr key={entry.year}>
                  <th scope="row">{entry.year}</th>
                  <td className="num">{formatOre(entry.requestedOre)}</td>
                  <td className="num">{formatOre(entry.ownContributionOre)}</td>
                  <td>
                    {entry.plannedParticipants
                      ? t('applicationPipeline.detail.plannedValue', {
                          total: entry.plannedParticipants.total,
                          women: entry.plannedParticipants.women,
                          men: entry.plannedParticipants.men,
                          other: entry.plannedParticipants.otherUnknown,
                        })
                      : t('applicationPipeline.none')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
