import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BusyButton } from '../../../components/busy-button.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ErrorNotice } from '../../../components/notice.tsx';
import { errorMessageOf } from '../../../lib/error-message.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenantRole } from '../../tenant/use-tenant-role.ts';
import { useTenantSlug } from '../../tenant/use-tenant-slug.ts';
import type { ReportDetail } from '../list/report-shared.ts';
import { ReportDetailsForm } from './report-details-form.tsx';
import { sectionsNotReady } from './report-values.ts';

/**
 * The report's own actions: for editors "Ändra uppgifter", "Markera rapporten klar för beslut"
 * (or back to draft), and deleting a draft (asked first); for admins "Skicka påminnelser". A
 * refused "klar för beslut" lists the sections that are not ready.
 */
export function ReportActions({
  detail,
  onNotice,
}: {
  detail: ReportDetail;
  onNotice: (message: Message | null) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const navigate = useNavigate();
  const canEdit = useTenantRole('editor');
  const isAdmin = useTenantRole('admin');
  const { report, sections } = detail;
  const [isEditing, setIsEditing] = useState(false);
  const [isDeleting, setIsDeleting] = useState(false);
  const [error, setError] = useState<Message | null>(null);
  const [missing, setMissing] = useState<string[]>([]);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (isEditing || !returnFocus.current) return;
    returnFocus.current = false;
    editButton.current?.focus();
  }, [isEditing]);
  const invalidates = () => [
    { queryKey: trpc.periodReports.pathKey() },
    { queryKey: trpc.reportWorkflow.pathKey() },
  ];
  const markReady = useApiMutation(trpc.periodReports.markReady.mutationOptions(), { invalidates });
  const reopen = useApiMutation(trpc.periodReports.reopen.mutationOptions(), { invalidates });
  const remove = useApiMutation(trpc.periodReports.delete.mutationOptions());
  const remind = useApiMutation(trpc.reportWorkflow.sendReminders.mutationOptions());
  if (report.status === 'adopted' || !canEdit) return null;
  const edit = { tenant: slug, reportId: report.id, expectedVersion: report.version };
  /** Runs one action; its success is announced, its refusal shown (with what is missing, if asked). */
  const run = async (action: () => Promise<Message>, explainMissing = false) => {
    onNotice(null);
    setError(null);
    setMissing([]);
    try {
      onNotice(await action());
    } catch (failure) {
      setError(errorMessageOf(failure));
      if (explainMissing) setMissing(sectionsNotReady(sections));
    }
  };
  const done = (message: Message) => () => message;
  if (isEditing)
    return (
      <ReportDetailsForm
        report={report}
        onDone={(message) => {
          returnFocus.current = true;
          setIsEditing(false);
          if (message) onNotice(message);
        }}
      />
    );
  return (
    <section aria-labelledby="report-workflow" className="report-panel no-print">
      <h2 id="report-workflow">{t('periodReportsPages.actions.heading')}</h2>
      <div className="report-actions">
        <button
          ref={editButton}
          type="button"
          className="button button--secondary"
          onClick={() => {
            onNotice(null);
            setIsEditing(true);
          }}
        >
          {t('periodReportsPages.actions.edit')}
        </button>
        {report.status === 'draft' ? (
          <BusyButton
            tone="primary"
            isBusy={markReady.isPending}
            onClick={() =>
              void run(
                () =>
                  markReady.mutateAsync(edit).then(done({ key: 'periodReportsPages.actions.markedReady' })),
                true,
              )
            }
          >
            {t('periodReportsPages.actions.markReady')}
          </BusyButton>
        ) : (
          <BusyButton
            isBusy={reopen.isPending}
            onClick={() =>
              void run(() =>
                reopen.mutateAsync(edit).then(done({ key: 'periodReportsPages.actions.reopened' })),
              )
            }
          >
            {t('periodReportsPages.actions.reopen')}
          </BusyButton>
        )}
        {isAdmin ? (
          <BusyButton
            isBusy={remind.isPending}
            onClick={() =>
              void run(() =>
                remind.mutateAsync({ tenant: slug }).then(({ sent }) => ({
                  key: 'periodReportsPages.actions.remindersSent',
                  values: { count: sent },
                })),
              )
            }
          >
            {t('periodReportsPages.actions.remind')}
          </BusyButton>
        ) : null}
        {report.status === 'draft' ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              onNotice(null);
              setError(null);
              setIsDeleting(true);
            }}
          >
            {t('periodReportsPages.actions.delete')}
          </button>
        ) : null}
      </div>
      {report.status === 'draft' ? (
        <p className="field__hint">{t('periodReportsPages.actions.markReadyHint')}</p>
      ) : null}
      <ErrorNotice message={error} />
      {missing.length > 0 ? (
        <>
          <p>{t('periodReportsPages.actions.missingIntro')}</p>
          <ul className="report-missing">
            {missing.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </>
      ) : null}
      <ConfirmDialog
        isOpen={isDeleting}
        title={t('periodReportsPages.actions.deleteTitle', { title: report.title })}
        confirmLabel={t('periodReportsPages.actions.delete')}
        isPending={remove.isPending}
        error={isDeleting ? error : null}
        onConfirm={() =>
          remove.mutate(edit, {
            onSuccess: () =>
              navigate(`/f/${slug}/rapporter`, {
                state: {
                  notice: { key: 'periodReportsPages.actions.deleted', values: { title: report.title } },
                },
              }),
            onError: (failure) => setError(errorMessageOf(failure)),
          })
        }
        onCancel={() => {
          setIsDeleting(false);
          setError(null);
        }}
      >
        <p>{t('periodReportsPages.actions.deleteBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
