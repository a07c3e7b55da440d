import type { ApplicationStatus } from '@samsyn/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/query-state.tsx';
import { useTRPC } from '../../../lib/trpc.ts';
import { useTenantRole } from '../../tenant/use-tenant-role.ts';
import { FormalCheckSection } from './formal-check-form.tsx';
import { MyReview } from './my-review.tsx';
import { ReviewList, ReviewSummaryView } from './review-list.tsx';
import './review.css';
import { useTenantSlug } from '../../tenant/use-tenant-slug.ts';

export interface ReviewSectionProps {
  applicationId: string;
  status: ApplicationStatus;
}

/**
 * On the application page: the formal check (the förbund's checklist answered yes/no with a
 * comment) and the reviews (each reviewer declares jäv or none first; only with none the opinion,
 * recommendation and scores), everyone's reviews with the summary, and the printable yttrande.
 */
export function ReviewSection({ applicationId, status }: ReviewSectionProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const isEditor = useTenantRole('editor');
  const reviews = useQuery(
    trpc.applicationReview.reviews.forApplication.queryOptions({ tenant: slug, applicationId }),
  );
  // The queries carry the status they were read in (what is open); a transition on the page reads them again.
  const queryClient = useQueryClient();
  const firstStatus = useRef(status);
  useEffect(() => {
    if (status !== firstStatus.current)
      void queryClient.invalidateQueries(trpc.applicationReview.pathFilter());
  }, [status, queryClient, trpc]);
  return (
    <>
      <FormalCheckSection applicationId={applicationId} />
      <section aria-labelledby="reviews-heading" className="review-section">
        <h2 id="reviews-heading">{t('applicationReview.reviews.heading')}</h2>
        <p className="no-print">
          <Link to={`/f/${slug}/ansokningar/${applicationId}/yttrande`}>
            {t('applicationReview.reviews.print')}
          </Link>
        </p>
        <QueryState query={reviews}>
          {(data) => (
            <>
              {isEditor ? <MyReview data={data} /> : <p>{t('applicationReview.reviews.viewerOnly')}</p>}
              <h3>{t('applicationReview.reviews.all')}</h3>
              <ReviewList data={data} headingLevel={4} />
              <ReviewSummaryView data={data} />
            </>
          )}
        </QueryState>
      </section>
    </>
  );
}
