import type { ApplicationStatus } from '@samsyn/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { parseAmountText } from '../../../components/form/amount-text.ts';
import { FieldFrame } from '../../../components/form/field-frame.tsx';
import { MoneyInput } from '../../../components/form/money-input.tsx';
import { Notice } from '../../../components/notice.tsx';
import { errorMessageOf, fieldErrorsOf, issueMessageKey } from '../../../lib/error-message.ts';
import type { Message, MessageKey } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { todayIso } from '../../interventions/shared.tsx';
import { useTenantSlug } from '../../tenant/use-tenant-slug.ts';
import type { ApplicationDetail } from './shared.ts';

/**
 * The application's status and, for editors, the transitions allowed from it as buttons; each
 * opens a dialog for the day it takes effect (today in Sweden unless changed), a note and, for the
 * proposal step, the proposed sum. Granted and rejected come from a decision, not from here.
 */
export function ApplicationStatusPanel({ detail, canEdit }: { detail: ApplicationDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const { application } = detail;
  const [target, setTarget] = useState<ApplicationStatus | null>(null);
  const [effectiveDate, setEffectiveDate] = useState(todayIso());
  const [note, setNote] = useState('');
  const [proposed, setProposed] = useState('');
  const [error, setError] = useState<Message | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, MessageKey>>({});
  const label = (status: ApplicationStatus) => t(`applicationLabels.status.${status}`);
  const move = useApiMutation(trpc.applications.move.mutationOptions(), {
    invalidates: () => [{ queryKey: trpc.applications.pathKey() }],
    success: (_data, variables) => ({
      key: 'applicationPipeline.move.moved',
      values: { status: label(variables.to) },
    }),
  });
  const open = (status: ApplicationStatus) => {
    setTarget(status);
    setEffectiveDate(todayIso());
    setNote('');
    setProposed('');
    setError(null);
    setFieldErrors({});
  };
  const close = () => setTarget(null);
  const confirm = () => {
    if (!target) return;
    let proposedAmountOre: number | null = null;
    if (target === 'proposal') {
      const parsed = parseAmountText(proposed);
      if (!parsed.ok) {
        setFieldErrors({ proposedAmountOre: issueMessageKey(parsed.error) });
        return;
      }
      proposedAmountOre = Number(parsed.value);
    }
    move.mutate(
      {
        tenant: slug,
        applicationId: application.id,
        expectedVersion: application.version,
        to: target,
        effectiveDate,
        note,
        ...(target === 'proposal' ? { proposedAmountOre } : {}),
      },
      {
        onSuccess: close,
        onError: (failure) => {
          const fields = fieldErrorsOf(failure);
          setFieldErrors(fields);
          setError(Object.keys(fields).length > 0 ? null : errorMessageOf(failure));
        },
      },
    );
  };
  const problemAt = (path: string) => (fieldErrors[path] ? t(fieldErrors[path]) : undefined);
  // Issues on fields the dialog does not show (the Finsam rule on the parties) are said above the buttons.
  const otherProblems = Object.entries(fieldErrors).filter(
    ([path]) => !['effectiveDate', 'note', 'proposedAmountOre'].includes(path),
  );
  return (
    <section aria-labelledby="application-status">
      <h2 id="application-status">{t('applicationPipeline.move.title')}</h2>
      <p>{t('applicationPipeline.move.current', { status: label(application.status) })}</p>
      <Notice message={move.notice} />
      {canEdit ? (
        detail.nextStatuses.length === 0 ? (
          <p>{t('applicationPipeline.move.noNext')}</p>
        ) : (
          <div className="application-actions">
            {detail.nextStatuses.map((status) => (
              <button
                key={status}
                type="button"
                className="button button--secondary"
                onClick={() => open(status)}
              >
                {t('applicationPipeline.move.moveTo', { status: label(status) })}
              </button>
            ))}
          </div>
        )
      ) : null}
      <ConfirmDialog
        isOpen={target !== null}
        title={target ? t('applicationPipeline.move.dialogTitle', { status: label(target) }) : ''}
        confirmLabel={t('applicationPipeline.move.confirm')}
        tone="primary"
        isPending={move.isPending}
        error={error}
        onConfirm={confirm}
        onCancel={close}
      >
        {otherProblems.map(([path, key]) => (
          <p key={path} className="notice notice--error" role="alert">
            {t(key)}
          </p>
        ))}
        <FieldFrame
          id="move-effective-date"
          label={t('applicationPipeline.move.effectiveDate')}
          error={problemAt('effectiveDate')}
        >
          {(control) => (
            <input
              {...control}
              className="field__input"
              type="date"
              value={effectiveDate}
              onChange={(event) => setEffectiveDate(event.target.value)}
            />
          )}
        </FieldFrame>
        {target === 'proposal' ? (
          <FieldFrame
            id="move-proposed-amount"
            label={t('applicationPipeline.move.proposedAmount')}
            error={problemAt('proposedAmountOre')}
          >
            {(control) => (
              <MoneyInput
                {...control}
                value={proposed}
                onChange={(event) => setProposed(event.target.value)}
              />
            )}
          </FieldFrame>
        ) : null}
        <FieldFrame id="move-note" label={t('applicationPipeline.move.note')} error={problemAt('note')}>
          {(control) => (
            <textarea
              {...control}
              className="field__input"
              rows={3}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          )}
        </FieldFrame>
      </ConfirmDialog>
    </section>
  );
}
