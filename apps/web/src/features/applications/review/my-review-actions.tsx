import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ErrorNotice } from '../../../components/notice.tsx';
import { errorMessageOf } from '../../../lib/error-message.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenantSlug } from '../../tenant/use-tenant-slug.ts';
import type { ReviewRow } from './review-shared.ts';

/** The reviewer's own buttons: hand the review in, open it again, or take it away before handing it in. */
export function MyReviewActions({
  review,
  onDone,
}: {
  review: ReviewRow;
  onDone: (message: Message) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const [isConfirming, setIsConfirming] = useState(false);
  const effects = { invalidates: () => [trpc.applicationReview.reviews.forApplication.queryFilter()] };
  const submit = useApiMutation(trpc.applicationReview.reviews.submit.mutationOptions(), effects);
  const reopen = useApiMutation(trpc.applicationReview.reviews.reopen.mutationOptions(), effects);
  const remove = useApiMutation(trpc.applicationReview.reviews.delete.mutationOptions(), effects);
  const edit = { tenant: slug, reviewId: review.id, expectedVersion: review.version };
  const failed = [submit, reopen].find((mutation) => mutation.isError);
  const run = (mutation: typeof submit, message: Message) => {
    submit.reset();
    reopen.reset();
    mutation.mutate(edit, { onSuccess: () => onDone(message) });
  };
  return (
    <>
      <ErrorNotice message={failed ? errorMessageOf(failed.error) : null} />
      <div className="button-row">
        {review.submittedAt === null ? (
          <>
            <button
              type="button"
              className="button button--primary"
              aria-disabled={submit.isPending}
              onClick={() => !submit.isPending && run(submit, { key: 'applicationReview.reviews.submitted' })}
            >
              {t('applicationReview.reviews.submit')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setIsConfirming(true)}>
              {t('applicationReview.reviews.remove')}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={reopen.isPending}
            onClick={() => !reopen.isPending && run(reopen, { key: 'applicationReview.reviews.reopened' })}
          >
            {t('applicationReview.reviews.reopen')}
          </button>
        )}
      </div>
      <ConfirmDialog
        isOpen={isConfirming}
        title={t('applicationReview.reviews.removeConfirmTitle')}
        confirmLabel={t('applicationReview.reviews.remove')}
        tone="danger"
        isPending={remove.isPending}
        error={remove.isError ? errorMessageOf(remove.error) : null}
        onConfirm={() =>
          remove.mutate(edit, {
            onSuccess: () => {
              setIsConfirming(false);
              onDone({ key: 'applicationReview.reviews.removed' });
            },
          })
        }
        onCancel={() => {
          setIsConfirming(false);
          remove.reset();
        }}
      >
        <p>{t('applicationReview.reviews.removeConfirmBody')}</p>
      </ConfirmDialog>
    </>
  );
}
