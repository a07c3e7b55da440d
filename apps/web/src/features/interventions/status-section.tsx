import { type InterventionStatus, nextStatuses } from '@samsyn/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageOf } from '../../lib/error-message.ts';
import { formatDate } from '../../lib/format.ts';
import type { Message, MessageKey } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import {
  apiFieldErrors,
  ErrorSummary,
  Field,
  type InterventionDetail,
  todayIso,
  useSlug,
} from './shared.tsx';

/** The status history, and for editors a form to move the status along the allowed transitions. */
export function StatusSection({ detail, canChange }: { detail: InterventionDetail; canChange: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const status = detail.intervention.status;
  return (
    <section className="insatser-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('interventions.detail.historyTitle')}</h2>
      <div className="insatser-table-wrap">
        <table className="insatser-table">
          <caption>{t('interventions.detail.historyCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('interventions.detail.historyDate')}</th>
              <th scope="col">{t('interventions.detail.historyChange')}</th>
              <th scope="col">{t('interventions.detail.historyNote')}</th>
              <th scope="col">{t('interventions.detail.historyBy')}</th>
            </tr>
          </thead>
          <tbody>
            {detail.statusHistory.map((entry) => (
              <tr key={entry.id}>
                <th scope="row">{formatDate(entry.effectiveDate)}</th>
                <td>
                  {entry.fromStatus === null
                    ? t('interventions.detail.registered', {
                        status: t(`interventions.statuses.${entry.toStatus}`),
                      })
                    : t(
                        entry.isReopening
                          ? 'interventions.detail.reopened'
                          : 'interventions.detail.changedTo',
                        {
                          from: t(`interventions.statuses.${entry.fromStatus}`),
                          to: t(`interventions.statuses.${entry.toStatus}`),
                        },
                      )}
                </td>
                <td>{entry.note || t('interventions.common.none')}</td>
                <td>{entry.changedByName ?? t('interventions.common.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canChange ? <StatusForm detail={detail} key={`${status}-${detail.intervention.version}`} /> : null}
    </section>
  );
}

function StatusForm({ detail }: { detail: InterventionDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useSlug();
  const queryClient = useQueryClient();
  const baseId = useId();
  const headingId = useId();
  const fieldId = (path: string) => `${baseId}-${path}`;
  const status = detail.intervention.status;
  const isEnded = status === 'ended';
  const options: InterventionStatus[] = isEnded ? ['ongoing'] : [...nextStatuses(status)];
  const [to, setTo] = useState<InterventionStatus>(options[0] ?? 'ongoing');
  const [effectiveDate, setEffectiveDate] = useState(todayIso());
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, MessageKey>>({});
  const [formError, setFormError] = useState<Message | null>(null);
  const [attempt, setAttempt] = useState(0);
  const change = useMutation(
    trpc.interventions.setStatus.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.interventions.pathKey() }),
      onError: (error) => {
        const fieldErrors = apiFieldErrors(error);
        setErrors(fieldErrors);
        setFormError(Object.keys(fieldErrors).length > 0 ? null : errorMessageOf(error));
        setAttempt((n) => n + 1);
      },
    }),
  );
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(effectiveDate)) {
      setErrors({ effectiveDate: 'validation.intervention.dateInvalid' });
      setAttempt((n) => n + 1);
      return;
    }
    change.mutate({
      tenant: slug,
      id: detail.intervention.id,
      to,
      effectiveDate,
      isReopening: isEnded,
      note,
      expectedVersion: detail.intervention.version,
    });
  }
  return (
    <form className="insatser-panel" noValidate onSubmit={onSubmit} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {isEnded ? t('interventions.detail.reopen') : t('interventions.detail.changeStatus')}
      </h3>
      <ErrorSummary message={formError} errors={errors} fieldIdOf={fieldId} attempt={attempt} />
      <Field id={fieldId('to')} label={t('interventions.detail.newStatus')} error={errors.to}>
        {(describedBy) => (
          <select
            id={fieldId('to')}
            className="field__input"
            value={to}
            onChange={(event) => setTo(event.target.value as InterventionStatus)}
            aria-describedby={describedBy}
          >
            {options.map((option) => (
              <option key={option} value={option}>
                {t(`interventions.statuses.${option}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id={fieldId('effectiveDate')}
        label={t('interventions.detail.effectiveDate')}
        error={errors.effectiveDate}
      >
        {(describedBy, isInvalid) => (
          <input
            id={fieldId('effectiveDate')}
            className="field__input"
            type="date"
            value={effectiveDate}
            onChange={(event) => setEffectiveDate(event.target.value)}
            aria-describedby={describedBy}
            aria-invalid={isInvalid || undefined}
          />
        )}
      </Field>
      <Field id={fieldId('note')} label={t('interventions.detail.statusNote')} error={errors.note}>
        {(describedBy) => (
          <input
            id={fieldId('note')}
            className="field__input"
            value={note}
            onChange={(event) => setNote(event.target.value)}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <button type="submit" className="button button--primary" aria-disabled={change.isPending}>
        {change.isPending ? t('interventions.common.saving') : t('interventions.detail.changeStatus')}
      </button>
    </form>
  );
}
