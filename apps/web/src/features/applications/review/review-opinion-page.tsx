import { type ApplicationStatus, todayInSweden } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../../../components/page-heading.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { ApplicationLoadError } from '../pipeline/application-not-found.tsx';
import { FormalCheckTable } from './formal-check-table.tsx';
import { ReviewList, ReviewSummaryView } from './review-list.tsx';
import type { FormalCheckData, ReviewsData } from './review-shared.ts';
import '../../board/meetings/meetings.css';
import './review.css';
import { useTenantSlug } from '../../tenant/use-tenant-slug.ts';

/** `/f/:slug/ansokningar/:applicationId/yttrande`: the review opinion on A4 — the formal check, each review, the summary. */
export function ReviewOpinionPage() {
  const { applicationId = '' } = useParams();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const application = useQuery(trpc.applications.get.queryOptions({ tenant: slug, applicationId }));
  const check = useQuery(
    trpc.applicationReview.formalCheck.get.queryOptions({ tenant: slug, applicationId }),
  );
  const reviews = useQuery(
    trpc.applicationReview.reviews.forApplication.queryOptions({ tenant: slug, applicationId }),
  );
  if (application.isError)
    return <ApplicationLoadError error={application.error} onRetry={() => void application.refetch()} />;
  return (
    <QueryState query={application}>
      {(detail) => (
        <QueryState query={check}>
          {(formal) => (
            <QueryState query={reviews}>
              {(all) => (
                <Opinion
                  title={detail.application.title}
                  status={detail.application.status}
                  applicationId={applicationId}
                  formal={formal}
                  reviews={all}
                />
              )}
            </QueryState>
          )}
        </QueryState>
      )}
    </QueryState>
  );
}

function Opinion({
  title,
  status,
  applicationId,
  formal,
  reviews,
}: {
  title: string;
  status: ApplicationStatus;
  applicationId: string;
  formal: FormalCheckData;
  reviews: ReviewsData;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const heading = t('applicationReview.opinion.title');
  return (
    <article className="meeting-print">
      <div className="button-row no-print">
        <Link to={`/f/${tenant.slug}/ansokningar/${applicationId}`}>
          {t('applicationReview.opinion.back')}
        </Link>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('applicationReview.opinion.print')}
        </button>
      </div>
      <p className="meeting-print__forbund">{tenant.name}</p>
      <PageHeading titleParts={[`${heading} ${title}`, tenant.name]}>{`${heading}: ${title}`}</PageHeading>
      <p className="meeting-print__subtitle">
        {t('applicationReview.opinion.date', { date: formatDate(todayInSweden()) })}
      </p>
      <p>
        {t('applicationReview.opinion.status')}: {t(`applicationLabels.status.${status}`)}
      </p>
      <section className="review-print-block" aria-labelledby="opinion-formal">
        <h2 id="opinion-formal">{t('applicationReview.opinion.formal')}</h2>
        {formal.rows.length === 0 ? (
          <p>{t('applicationReview.formal.none')}</p>
        ) : (
          <FormalCheckTable
            label={t('applicationReview.opinion.formal')}
            rows={formal.rows}
            answer={(row) => (
              <td>
                {row.answer
                  ? t(`applicationLabels.checklistAnswer.${row.answer}`)
                  : t('applicationReview.opinion.noAnswer')}
              </td>
            )}
            comment={(row) => <td className="review-opinion-text">{row.comment}</td>}
          />
        )}
      </section>
      <section aria-labelledby="opinion-reviews">
        <h2 id="opinion-reviews">{t('applicationReview.opinion.reviews')}</h2>
        <ReviewList data={reviews} headingLevel={3} />
      </section>
      <ReviewSummaryView data={reviews} headingLevel={2} />
    </article>
  );
}
