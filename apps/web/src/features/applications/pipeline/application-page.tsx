import { closedApplicationStatuses, fieldsOfApplication } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { LoadingStatus } from '../../../components/loading-status.tsx';
import { Notice } from '../../../components/notice.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { errorMessageOf } from '../../../lib/error-message.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useArrivalNotice } from '../../interventions/use-arrival-notice.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { useTenantRole } from '../../tenant/use-tenant-role.ts';
import { AgreementSection } from '../agreements/agreement-section.tsx';
import { ApplicationsSubnav } from '../applications-subnav.tsx';
import { DecisionSection } from '../decision/decision-section.tsx';
import { ReviewSection } from '../review/review-section.tsx';
import { ApplicationAttachments } from './application-attachments.tsx';
import { ApplicationFacts } from './application-facts.tsx';
import { ApplicationForm } from './application-form.tsx';
import { ApplicationHistory } from './application-history.tsx';
import { ApplicationLoadError } from './application-not-found.tsx';
import { ApplicationStatusPanel } from './application-status-panel.tsx';
import './applications.css';
import { useTenantSlug } from '../../tenant/use-tenant-slug.ts';
import type { ApplicationDetail } from './shared.ts';

/** `/f/:slug/ansokningar/:applicationId`: one application, its status and history, and the review, decision and agreement sections. */
export function ApplicationPage() {
  const { applicationId = '' } = useParams();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const detail = useQuery(trpc.applications.get.queryOptions({ tenant: slug, applicationId }));
  if (detail.isPending) return <LoadingStatus />;
  if (detail.isError)
    return <ApplicationLoadError error={detail.error} onRetry={() => void detail.refetch()} />;
  return <ApplicationView detail={detail.data} />;
}

function ApplicationView({ detail }: { detail: ApplicationDetail }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const navigate = useNavigate();
  const canEdit = useTenantRole('editor');
  const isAdmin = useTenantRole('admin');
  const arrivalNotice = useArrivalNotice();
  const { application } = detail;
  const isClosed = closedApplicationStatuses.includes(application.status);
  const canChange = canEdit && !isClosed;
  const canDelete =
    application.status !== 'granted' &&
    (isAdmin || (canEdit && (application.status === 'expected' || application.status === 'draft')));
  const [isEditing, setIsEditing] = useState(false);
  const [isDeleting, setIsDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<Message | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const invalidates = () => [{ queryKey: trpc.applications.pathKey() }];
  const update = useApiMutation(trpc.applications.update.mutationOptions(), {
    invalidates,
    success: () => ({ key: 'applicationPipeline.form.saved' }),
  });
  const remove = useApiMutation(trpc.applications.delete.mutationOptions(), { invalidates });
  const returnFocus = useRef(false);
  const stopEditing = () => {
    returnFocus.current = true;
    setIsEditing(false);
  };
  // The form vanishes under the keyboard user: once the button is back, focus goes to it.
  useEffect(() => {
    if (isEditing || !returnFocus.current) return;
    returnFocus.current = false;
    editButton.current?.focus();
  }, [isEditing]);
  return (
    <>
      <PageHeading titleParts={[application.title, tenant.name]}>{application.title}</PageHeading>
      <ApplicationsSubnav />
      <Notice message={update.notice ?? arrivalNotice} />
      <p>
        {t('applicationPipeline.detail.status')}:{' '}
        <strong>{t(`applicationLabels.status.${application.status}`)}</strong>
      </p>
      {!canEdit ? <p>{t('applicationPipeline.readOnly')}</p> : null}
      {canEdit && isClosed ? <p>{t('applicationPipeline.detail.closedNotice')}</p> : null}
      {canChange || canDelete ? (
        <div className="application-actions">
          {canChange && !isEditing ? (
            <button
              ref={editButton}
              type="button"
              className="button button--secondary"
              onClick={() => {
                update.reset();
                setIsEditing(true);
              }}
            >
              {t('applicationPipeline.detail.edit')}
            </button>
          ) : null}
          {canDelete ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setDeleteError(null);
                setIsDeleting(true);
              }}
            >
              {t('applicationPipeline.detail.delete')}
            </button>
          ) : null}
        </div>
      ) : null}
      {isEditing ? (
        <section aria-labelledby="application-edit">
          <h2 id="application-edit">{t('applicationPipeline.form.editTitle')}</h2>
          <ApplicationForm
            fields={fieldsOfApplication(detail)}
            isNew={false}
            isPending={update.isPending}
            onSave={async ({ status: _status, ...fields }) => {
              await update.mutateAsync({
                tenant: slug,
                applicationId: application.id,
                expectedVersion: application.version,
                ...fields,
              });
              stopEditing();
            }}
            onCancel={stopEditing}
          />
        </section>
      ) : (
        <ApplicationFacts detail={detail} />
      )}
      <ApplicationStatusPanel detail={detail} canEdit={canEdit} />
      <ApplicationHistory detail={detail} />
      <ApplicationAttachments detail={detail} canChange={canChange} />
      <ReviewSection applicationId={application.id} status={application.status} />
      <DecisionSection applicationId={application.id} status={application.status} />
      <AgreementSection applicationId={application.id} status={application.status} />
      <ConfirmDialog
        isOpen={isDeleting}
        title={t('applicationPipeline.detail.deleteTitle', { title: application.title })}
        confirmLabel={t('applicationPipeline.detail.delete')}
        isPending={remove.isPending}
        error={deleteError}
        onConfirm={() =>
          remove.mutate(
            { tenant: slug, applicationId: application.id, expectedVersion: application.version },
            {
              onSuccess: () =>
                navigate(`/f/${slug}/ansokningar`, {
                  state: { notice: { key: 'applicationPipeline.detail.deleted' } },
                }),
              onError: (failure) => setDeleteError(errorMessageOf(failure)),
            },
          )
        }
        onCancel={() => setIsDeleting(false)}
      >
        <p>{t('applicationPipeline.detail.deleteBody')}</p>
      </ConfirmDialog>
    </>
  );
}
