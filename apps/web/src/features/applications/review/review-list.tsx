import { formatMoney, type Ore } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { formatDateTime, formatNumber } from '../../../lib/format.ts';
import type { ReviewsData } from './review-shared.ts';

/** Everyone's reviews: reviewer, jäv or recommendation, opinion, amount and scores. Also printed in the yttrande. */
export function ReviewList({ data, headingLevel = 3 }: { data: ReviewsData; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  if (data.reviews.length === 0) return <p>{t('applicationReview.reviews.none')}</p>;
  const criterionName = new Map(data.criteria.map((criterion) => [criterion.id, criterion]));
  return (
    <ul className="review-list">
      {data.reviews.map((review) => (
        <li key={review.id}>
          <Heading>{review.reviewerName}</Heading>
          <p className="review-meta">
            {review.submittedAt
              ? t('applicationReview.reviews.submittedAt', { when: formatDateTime(review.submittedAt) })
              : t('applicationReview.reviews.draft')}
          </p>
          {review.hasConflict ? (
            <p>
              <strong>{t('applicationReview.reviews.conflictShort')}</strong>{' '}
              {t('applicationReview.reviews.conflictReasonShown', { reason: review.conflictReason })}
            </p>
          ) : (
            <>
              <p>
                {t('applicationReview.reviews.recommendation')}:{' '}
                <strong>
                  {review.recommendation
                    ? t(`applicationLabels.recommendation.${review.recommendation}`)
                    : t('applicationReview.summary.noScores')}
                </strong>
              </p>
              {review.recommendedAmountOre === null ? null : (
                <p>
                  {t('applicationReview.opinion.amount', {
                    amount: formatMoney(review.recommendedAmountOre as Ore),
                  })}
                </p>
              )}
              {review.opinion ? <p className="review-opinion-text">{review.opinion}</p> : null}
              {review.scores.length > 0 ? (
                <p>
                  {t('applicationReview.reviews.scores')}:{' '}
                  {review.scores
                    .map((row) => {
                      const criterion = criterionName.get(row.criterionId);
                      return `${criterion?.name ?? ''} ${formatNumber(row.score)}/${criterion?.maxScore ?? ''}`;
                    })
                    .join(', ')}
                </p>
              ) : null}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The reviews together: how many recommend each way, how many declared jäv, each criterion's mean. */
export function ReviewSummaryView({ data, headingLevel = 3 }: { data: ReviewsData; headingLevel?: 3 | 2 }) {
  const { t } = useTranslation();
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const { summary } = data;
  return (
    <div className="review-print-block">
      <Heading>{t('applicationReview.summary.heading')}</Heading>
      <dl>
        <dt>{t('applicationReview.summary.counts')}</dt>
        <dd>
          {(['grant', 'reject', 'askForMore'] as const)
            .map((key) => `${t(`applicationLabels.recommendation.${key}`)}: ${summary.recommendations[key]}`)
            .join(', ')}
        </dd>
        <dt>{t('applicationReview.summary.without')}</dt>
        <dd>{summary.withoutRecommendation}</dd>
        <dt>{t('applicationReview.summary.conflicts')}</dt>
        <dd>{summary.conflictCount}</dd>
      </dl>
      {summary.criteria.length > 0 ? (
        <ScrollRegion label={t('applicationReview.summary.heading')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('applicationReview.summary.criterion')}</th>
                <th scope="col">{t('applicationReview.summary.mean')}</th>
                <th scope="col">{t('applicationReview.summary.scoredBy')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.criteria.map((row) => (
                <tr key={row.criterionId}>
                  <th scope="row">{row.name}</th>
                  <td>
                    {row.mean === null
                      ? t('applicationReview.summary.noScores')
                      : t('applicationReview.summary.meanOf', {
                          mean: formatNumber(row.mean, true),
                          max: row.maxScore,
                        })}
                  </td>
                  <td>{row.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
    </div>
  );
}
