import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { errorMessageOf } from '../../lib/error-message.ts';
import { formatDate } from '../../lib/format.ts';
import type { Message } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { type InterventionDetail, useCanEdit, useSlug } from './shared.tsx';

const publishedItems = [
  'description',
  'targetGroup',
  'methods',
  'partners',
  'period',
  'results',
  'figures',
] as const;

/**
 * Whether the intervention is published in the national Insatskatalog, with a link to the entry;
 * editors publish (a snapshot, after a confirmation saying what all förbund will see), publish
 * again, and unpublish (removed at once). Viewers see the status only.
 */
export function CatalogueSection({ detail }: { detail: InterventionDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useSlug();
  const canEdit = useCanEdit();
  const queryClient = useQueryClient();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const intervention = detail.intervention;
  const isArchived = intervention.archivedAt !== null;
  const own = useQuery(trpc.catalogue.listOwn.queryOptions({ tenant: slug }));
  const [dialog, setDialog] = useState<'publish' | 'unpublish' | null>(null);
  const [error, setError] = useState<Message | null>(null);
  const [notice, setNotice] = useState<'publishedNotice' | 'unpublishedNotice' | null>(null);
  const [focusHeading, setFocusHeading] = useState(false);

  // After publishing or unpublishing the button that opened the dialog is gone; focus moves to the
  // section heading (after the dialog has closed) so keyboard users keep their place.
  useEffect(() => {
    if (!focusHeading) return;
    headingRef.current?.focus();
    setFocusHeading(false);
  }, [focusHeading]);

  const close = () => {
    setDialog(null);
    setError(null);
  };
  const done = async (message: 'publishedNotice' | 'unpublishedNotice') => {
    await queryClient.invalidateQueries({ queryKey: trpc.catalogue.pathKey() });
    close();
    setNotice(message);
    setFocusHeading(true);
  };
  const publish = useMutation(
    trpc.catalogue.publish.mutationOptions({
      onSuccess: () => done('publishedNotice'),
      onError: (e) => setError(errorMessageOf(e)),
    }),
  );
  const unpublish = useMutation(
    trpc.catalogue.unpublish.mutationOptions({
      onSuccess: () => done('unpublishedNotice'),
      onError: (e) => setError(errorMessageOf(e)),
    }),
  );
  const input = { tenant: slug, interventionId: intervention.id };
  const entry = own.data?.find((item) => item.interventionId === intervention.id);
  const open = (which: 'publish' | 'unpublish') => {
    setNotice(null);
    setError(null);
    setDialog(which);
  };

  return (
    <section className="insatser-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('interventions.catalogue.title')}
      </h2>
      <p>{t('interventions.catalogue.intro')}</p>
      <div role="status">
        {notice ? <p className="notice">{t(`interventions.catalogue.${notice}`)}</p> : null}
      </div>
      {own.isPending ? (
        <p className="insatser-muted">{t('interventions.catalogue.loading')}</p>
      ) : own.isError ? (
        <ErrorPanel error={own.error} hasTitle={false} onRetry={() => void own.refetch()} />
      ) : entry ? (
        <p>
          {t('interventions.catalogue.published', { date: formatDate(entry.publishedAt.slice(0, 10)) })}{' '}
          <Link to={`/katalog/${entry.id}`}>{t('interventions.catalogue.viewEntry')}</Link>
        </p>
      ) : (
        <p>{t('interventions.catalogue.notPublished')}</p>
      )}
      {canEdit && own.isSuccess ? (
        <div className="insatser-actions">
          {isArchived ? (
            entry ? null : (
              <p className="insatser-muted">{t('interventions.catalogue.archivedCannotPublish')}</p>
            )
          ) : (
            <button type="button" className="button button--primary" onClick={() => open('publish')}>
              {entry ? t('interventions.catalogue.republish') : t('interventions.catalogue.publish')}
            </button>
          )}
          {entry ? (
            <button type="button" className="button button--secondary" onClick={() => open('unpublish')}>
              {t('interventions.catalogue.unpublish')}
            </button>
          ) : null}
        </div>
      ) : null}
      {error && dialog === null ? (
        <p className="notice notice--error" role="alert">
          {t(error.key, error.values)}
        </p>
      ) : null}
      <ConfirmDialog
        isOpen={dialog === 'publish'}
        title={t(entry ? 'interventions.catalogue.republishTitle' : 'interventions.catalogue.publishTitle', {
          name: intervention.name,
        })}
        confirmLabel={entry ? t('interventions.catalogue.republish') : t('interventions.catalogue.publish')}
        tone="primary"
        isPending={publish.isPending}
        error={error}
        onConfirm={() => publish.mutate(input)}
        onCancel={close}
      >
        <p>{t('interventions.catalogue.publishBody')}</p>
        <ul>
          {publishedItems.map((item) => (
            <li key={item}>{t(`interventions.catalogue.publishItems.${item}`)}</li>
          ))}
        </ul>
        <p>{t('interventions.catalogue.publishSnapshot')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        isOpen={dialog === 'unpublish'}
        title={t('interventions.catalogue.unpublishTitle', { name: intervention.name })}
        confirmLabel={t('interventions.catalogue.unpublish')}
        isPending={unpublish.isPending}
        error={error}
        onConfirm={() => unpublish.mutate(input)}
        onCancel={close}
      >
        <p>{t('interventions.catalogue.unpublishBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
