import { addCommentSchema } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { FormErrorSummary } from '../../../components/form/form-error-summary.tsx';
import { SubmitButton } from '../../../components/form/submit-button.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';
import { Notice } from '../../../components/notice.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { errorMessageOf } from '../../../lib/error-message.ts';
import { formatDateTime } from '../../../lib/format.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useCurrentUser } from '../../../lib/use-current-user.ts';
import { useTenantRole } from '../../tenant/use-tenant-role.ts';
import type { SectionComment } from './section-types.ts';

const commentBodySchema = addCommentSchema.pick({ body: true });

/**
 * The section's comments, oldest first with author and time; editors add one while the report is
 * not adopted, and delete their own (an admin any) after confirming.
 */
export function SectionComments({
  slug,
  sectionId,
  canChange,
}: {
  slug: string;
  sectionId: string;
  canChange: boolean;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useCurrentUser();
  const isAdmin = useTenantRole('admin');
  const titleId = useId();
  const comments = useQuery(trpc.reportWorkflow.comments.list.queryOptions({ tenant: slug, sectionId }));
  const [deleting, setDeleting] = useState<SectionComment | null>(null);
  const [failure, setFailure] = useState<Message | null>(null);
  const invalidates = () => [trpc.reportWorkflow.comments.pathFilter(), trpc.periodReports.pathFilter()];
  const remove = useApiMutation(trpc.reportWorkflow.comments.delete.mutationOptions(), {
    invalidates,
    success: () => ({ key: 'reportSectionsPages.comments.deleted' }),
  });
  const mayDelete = (comment: SectionComment) =>
    canChange && (isAdmin || comment.author?.userId === me.user.id);

  return (
    <section aria-labelledby={titleId} className="section-comments">
      <h2 id={titleId}>{t('reportSectionsPages.comments.title')}</h2>
      <Notice message={remove.notice} />
      <QueryState
        query={comments}
        isEmpty={(rows) => rows.length === 0}
        empty={<p>{t('reportSectionsPages.comments.empty')}</p>}
      >
        {(rows) => (
          <ul className="section-comments__list">
            {rows.map((comment) => {
              const when = formatDateTime(comment.createdAt);
              return (
                <li key={comment.id} className="section-comments__item">
                  <p className="section-comments__by">
                    {t('reportSectionsPages.comments.by', {
                      name: comment.author?.name ?? t('reportSectionsPages.comments.unknownAuthor'),
                      when,
                    })}
                  </p>
                  <p className="section-comments__body">{comment.body}</p>
                  {mayDelete(comment) ? (
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-label={t('reportSectionsPages.comments.deleteLabel', { when })}
                      onClick={() => {
                        setFailure(null);
                        remove.reset();
                        setDeleting(comment);
                      }}
                    >
                      {t('reportSectionsPages.comments.delete')}
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </QueryState>
      {canChange ? <CommentForm slug={slug} sectionId={sectionId} /> : null}
      <ConfirmDialog
        isOpen={deleting !== null}
        title={t('reportSectionsPages.comments.deleteTitle')}
        confirmLabel={t('reportSectionsPages.comments.delete')}
        isPending={remove.isPending}
        error={failure}
        onConfirm={() =>
          deleting &&
          remove.mutate(
            { tenant: slug, commentId: deleting.id },
            {
              onSuccess: () => setDeleting(null),
              onError: (error) => setFailure(errorMessageOf(error)),
            },
          )
        }
        onCancel={() => setDeleting(null)}
      >
        <p>{t('reportSectionsPages.comments.deleteBody')}</p>
      </ConfirmDialog>
    </section>
  );
}

function CommentForm({ slug, sectionId }: { slug: string; sectionId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const form = useSchemaForm({
    schema: commentBodySchema,
    defaultValues: { body: '' },
    labels: { body: t('reportSectionsPages.comments.body') },
  });
  const add = useApiMutation(trpc.reportWorkflow.comments.add.mutationOptions(), {
    invalidates: () => [trpc.reportWorkflow.comments.pathFilter(), trpc.periodReports.pathFilter()],
    success: () => ({ key: 'reportSectionsPages.comments.added' }),
  });
  const onSubmit = form.submit(async ({ body }) => {
    if (add.isPending) return;
    await add.mutateAsync({ tenant: slug, sectionId, body });
    form.reset({ body: '' });
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-label={t('reportSectionsPages.comments.add')}>
      <Notice message={add.notice} />
      <FormErrorSummary form={form} />
      <TextAreaField form={form} name="body" rows={3} hint={t('reportSectionsPages.comments.bodyHint')} />
      <div className="button-row">
        <SubmitButton label={t('reportSectionsPages.comments.add')} isPending={add.isPending} />
      </div>
    </form>
  );
}
