import { type InterventionStatus, nextStatuses } from '@samsyn/domain';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ColumnHeaders } from '../../components/column-headers.tsx';
import { KitForm } from '../../components/form/kit-form.tsx';
import { SelectField } from '../../components/form/select-field.tsx';
import { SubmitButton } from '../../components/form/submit-button.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { useSchemaForm } from '../../components/form/use-schema-form.ts';
import { Notice } from '../../components/notice.tsx';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { formatDate } from '../../lib/format.ts';
import type { Message } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';
import { type InterventionDetail, todayIso } from './shared.tsx';
import { statusFormSchema } from './status-form-schema.ts';

/** The status history, and for editors a form to move the status along the allowed transitions. */
export function StatusSection({ detail, canChange }: { detail: InterventionDetail; canChange: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [notice, setNotice] = useState<Message | null>(null);
  const [changes, setChanges] = useState(0);
  const status = detail.intervention.status;
  // The form that had focus is replaced by one for the new status: focus goes to this section's
  // heading, right above the history row and the notice that say what happened.
  useEffect(() => {
    if (changes > 0) headingRef.current?.focus();
  }, [changes]);
  return (
    <section className="insatser-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('interventions.detail.historyTitle')}
      </h2>
      <Notice message={notice} />
      <ScrollRegion label={t('interventions.detail.historyCaption')}>
        <table className="insatser-table">
          <caption>{t('interventions.detail.historyCaption')}</caption>
          <ColumnHeaders
            columns={[
              t('interventions.detail.historyDate'),
              t('interventions.detail.historyChange'),
              t('interventions.detail.historyNote'),
              t('interventions.detail.historyBy'),
            ]}
          />
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
      </ScrollRegion>
      {canChange ? (
        <StatusForm
          detail={detail}
          key={`${status}-${detail.intervention.version}`}
          onStart={() => setNotice(null)}
          onChanged={(to) => {
            setNotice({
              key: 'interventions.detail.statusChanged',
              values: { status: t(`interventions.statuses.${to}`) },
            });
            setChanges((n) => n + 1);
          }}
        />
      ) : null}
    </section>
  );
}

function StatusForm({
  detail,
  onStart,
  onChanged,
}: {
  detail: InterventionDetail;
  onStart: () => void;
  onChanged: (to: InterventionStatus) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const status = detail.intervention.status;
  const isEnded = status === 'ended';
  const options: InterventionStatus[] = isEnded ? ['ongoing'] : [...nextStatuses(status)];
  const form = useSchemaForm({
    schema: statusFormSchema,
    defaultValues: { to: options[0] ?? 'ongoing', effectiveDate: todayIso(), note: '' },
    labels: {
      to: t('interventions.detail.newStatus'),
      effectiveDate: t('interventions.detail.effectiveDate'),
      note: t('interventions.detail.statusNote'),
    },
  });
  const change = useApiMutation(trpc.interventions.setStatus.mutationOptions(), {
    invalidates: () => [{ queryKey: trpc.interventions.pathKey() }],
  });
  const onSubmit = form.submit(async (values) => {
    if (change.isPending) return;
    onStart();
    await change.mutateAsync({
      tenant: slug,
      id: detail.intervention.id,
      ...values,
      isReopening: isEnded,
      expectedVersion: detail.intervention.version,
    });
    onChanged(values.to);
  });
  return (
    <KitForm
      form={form}
      onSubmit={onSubmit}
      className="insatser-panel"
      heading={isEnded ? t('interventions.detail.reopen') : t('interventions.detail.changeStatus')}
    >
      <SelectField
        form={form}
        name="to"
        choices={options.map((option) => ({ value: option, label: t(`interventions.statuses.${option}`) }))}
      />
      <TextField form={form} name="effectiveDate" type="date" />
      <TextField form={form} name="note" />
      <SubmitButton
        label={t('interventions.detail.changeStatus')}
        isPending={change.isPending}
        pendingLabel={t('interventions.common.saving')}
      />
    </KitForm>
  );
}
