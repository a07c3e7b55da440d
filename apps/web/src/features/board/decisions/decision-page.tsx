import { decisionKindNames, formatMoney, type Ore } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorPage } from '../../../components/error-page.tsx';
import { LoadingStatus } from '../../../components/loading-status.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { BoardSubnav } from '../board-subnav.tsx';
import { concernsText, type DecisionRefText, decisionRefText } from './decision-text.ts';
import './decisions.css';

/**
 * `/f/:slug/beslut/:decisionId`: one decision: its text, the meeting it was taken at, what it
 * concerns, and its corrections both ways. An unknown or malformed id gets the not-found page.
 */
export function DecisionPage() {
  const { t } = useTranslation();
  const { decisionId = '' } = useParams();
  const trpc = useTRPC();
  const tenant = useTenant();
  const query = useQuery(trpc.decisions.get.queryOptions({ tenant: tenant.slug, decisionId }));
  if (query.isPending) return <LoadingStatus />;
  if (query.isError) return <ErrorPage error={query.error} onRetry={() => void query.refetch()} />;
  const decision = query.data;
  const base = `/f/${tenant.slug}`;
  const heading =
    decision.paragraph === null
      ? t('boardDecisions.detail.headingNoParagraph', { title: decision.title })
      : t('boardDecisions.detail.heading', { paragraph: decision.paragraph, title: decision.title });
  const refLink = (ref: DecisionRefText & { title: string }) => (
    <Link to={`${base}/beslut/${ref.id}`}>
      {decisionRefText(t, ref)}: {ref.title}
    </Link>
  );
  return (
    <article className="decision-page">
      <PageHeading titleParts={[decision.title, t('boardDecisions.title'), tenant.name]}>
        {heading}
      </PageHeading>
      <BoardSubnav />
      <p className="no-print">
        <Link to={`${base}/beslut`}>{t('boardDecisions.detail.back')}</Link>
      </p>
      <section aria-labelledby="decision-facts">
        <h2 id="decision-facts">{t('boardDecisions.detail.facts')}</h2>
        <dl className="decision-facts">
          <dt>{t('boardDecisions.detail.body')}</dt>
          <dd>{decision.bodyName}</dd>
          <dt>{t('boardDecisions.detail.meeting')}</dt>
          <dd>
            <Link to={`${base}/moten/${decision.meetingId}`}>
              {t('boardDecisions.detail.meetingLink', { date: formatDate(decision.meetingDate) })}
            </Link>
          </dd>
          <dt>{t('boardDecisions.detail.paragraph')}</dt>
          <dd>{decision.paragraph ?? t('boardDecisions.nothing')}</dd>
          <dt>{t('boardDecisions.detail.item')}</dt>
          <dd>{decision.itemTitle}</dd>
          <dt>{t('boardDecisions.detail.kind')}</dt>
          <dd>{decisionKindNames[decision.kind]}</dd>
          {decision.grantOutcome ? (
            <>
              <dt>{t('applicationDecision.item.outcome')}</dt>
              <dd>
                {decision.grantOutcome === 'granted'
                  ? t('applicationDecision.item.granted', {
                      amount: formatMoney((decision.grantedAmountOre ?? 0) as Ore),
                    })
                  : t('applicationDecision.item.rejected')}
              </dd>
            </>
          ) : null}
          <dt>{t('boardDecisions.detail.concerns')}</dt>
          <dd>
            {decision.concerns ? (
              <Link
                to={
                  decision.concerns.kind === 'plan'
                    ? `${base}/plan/${decision.concerns.id}`
                    : decision.concerns.kind === 'application'
                      ? `${base}/ansokningar/${decision.concerns.id}`
                      : `${base}/insatser/${decision.concerns.id}`
                }
              >
                {concernsText(t, decision.concerns)}
              </Link>
            ) : (
              t('boardDecisions.nothing')
            )}
          </dd>
          <dt>{t('boardDecisions.detail.status')}</dt>
          <dd>{t(`boardDecisions.status.${decision.meetingStatus}`)}</dd>
        </dl>
      </section>
      <section aria-labelledby="decision-text">
        <h2 id="decision-text">{t('boardDecisions.detail.text')}</h2>
        <p className="decision-text">{decision.text}</p>
      </section>
      <section aria-labelledby="decision-corrections">
        <h2 id="decision-corrections">{t('boardDecisions.detail.corrections')}</h2>
        {decision.corrects ? (
          <p>
            {t('boardDecisions.detail.corrects')}: {refLink(decision.corrects)}
          </p>
        ) : null}
        {decision.correctedBy.length > 0 ? (
          <>
            <p>{t('boardDecisions.detail.correctedBy')}:</p>
            <ul>
              {decision.correctedBy.map((ref) => (
                <li key={ref.id}>{refLink(ref)}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t('boardDecisions.detail.notCorrected')}</p>
        )}
      </section>
    </article>
  );
}
