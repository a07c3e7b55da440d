import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { ErrorNotice, Notice } from '../../components/notice.tsx';
import { errorMessageOf } from '../../lib/error-message.ts';
import { formatDate } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';
import { type InterventionDetail, useCanEdit } from './shared.tsx';

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
  const slug = useTenantSlug();
  const canEdit = useCanEdit();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const intervention = detail.intervention;
  const isArchived = intervention.archivedAt !== null;
  const own = useQuery(trpc.catalogue.listOwn.queryOptions({ tenant: slug }));
  const [dialog, setDialog] = useState<'publish' | 'unpublish' | null>(null);
  const [focusHeading, setFocusHeading] = useState(false);

  // After publishing or unpublishing the button that opened the dialog is gone; focus moves to the
  // section heading (after the dialog has closed) so keyboard users keep their place.
  useEffect(() => {
    if (!focusHeading) return;
    headingRef.current?.focus();
    setFocusHeading(false);
  }, [focusHeading]);

  const done = {
    onSuccess: () => {
      setDialog(null);
      setFocusHeading(true);
    },
  };
  const invalidates = () => [{ queryKey: trpc.catalogue.pathKey() }];
  const publish = useApiMutation(trpc.catalogue.publish.mutationOptions(), {
    invalidates,
    success: () => ({ key: 'interventions.catalogue.publishedNotice' }),
  });
  const unpublish = useApiMutation(trpc.catalogue.unpublish.mutationOptions(), {
    invalidates,
    success: () => ({ key: 'interventions.catalogue.unpublishedNotice' }),
  });
  const failure = publish.error ?? unpublish.error;
  const error = failure ? errorMessageOf(failure) : null;
  const input = { tenant: slug, interventionId: intervention.id };
  const entry = own.data?.find((item) => item.interventionId === intervention.id);
  // Each action forgets the other's notice and error, so only the latest shows.
  const open = (which: 'publish' | 'unpublish') => {
    publish.reset();
    unpublish.reset();
    setDialog(which);
  };
  const close = () => {
    setDialog(null);
    publish.reset();
    unpublish.reset();
  };

  return (
    <section className="insatser-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('interventions.catalogue.title')}
      </h2>
      <p>{t('interventions.catalogue.intro')}</p>
      <Notice message={publish.notice ?? unpublish.notice} />
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
      {/* While a dialog is open, it shows the failure itself. */}
      <ErrorNotice message={dialog === null ? error : null} />
      <ConfirmDialog
        isOpen={dialog === 'publish'}
        title={t(entry ? 'interventions.catalogue.republishTitle' : 'interventions.catalogue.publishTitle', {
          name: intervention.name,
        })}
        confirmLabel={entry ? t('interventions.catalogue.republish') : t('interventions.catalogue.publish')}
        tone="primary"
        isPending={publish.isPending}
        error={error}
        onConfirm={() => publish.mutate(input, done)}
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
        onConfirm={() => unpublish.mutate(input, done)}
        onCancel={close}
      >
        <p>{t('interventions.catalogue.unpublishBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
