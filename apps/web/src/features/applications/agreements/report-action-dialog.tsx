import { approveReportSchema, submitReportSchema, todayInSweden } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageOf } from '../../../lib/error-message.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { type AgreementReport, useAgreementInvalidation } from './agreement-shared.ts';
import { DateDialog } from './date-dialog.tsx';

/**
 * Registers a report as submitted (editors) or approves it (admins), with its day; approving may
 * name the board decision it was presented at ("muntligt redovisas för styrelsen").
 */
export function ReportActionDialog({
  act,
  report,
  onClose,
}: {
  act: 'submit' | 'approve';
  report: AgreementReport;
  onClose: (message: Message | null) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const invalidates = useAgreementInvalidation();
  const [date, setDate] = useState(todayInSweden());
  const [decisionId, setDecisionId] = useState('');
  const [error, setError] = useState<Message | null>(null);
  const selectId = useId();
  const decisions = useQuery({
    ...trpc.decisions.list.queryOptions({ tenant: tenant.slug, limit: 200 }),
    enabled: act === 'approve',
  });
  const submit = useApiMutation(trpc.agreements.reports.submit.mutationOptions(), { invalidates });
  const approve = useApiMutation(trpc.agreements.reports.approve.mutationOptions(), { invalidates });
  const kind = t(`applicationLabels.reportKind.${report.kind}`);
  const ref = { tenant: tenant.slug, reportId: report.id, expectedVersion: report.version };
  const confirm = async () => {
    try {
      if (act === 'submit') {
        const parsed = submitReportSchema.safeParse({ submittedDate: date });
        if (!parsed.success) return setError({ key: 'validation.agreements.dateInvalid' });
        await submit.mutateAsync({ ...ref, ...parsed.data });
        onClose({ key: 'agreements.reports.submitted' });
      } else {
        const parsed = approveReportSchema.safeParse({ approvedDate: date, decisionId });
        if (!parsed.success) return setError({ key: 'validation.agreements.dateInvalid' });
        await approve.mutateAsync({ ...ref, ...parsed.data });
        onClose({ key: 'agreements.reports.approved' });
      }
    } catch (failure) {
      setError(errorMessageOf(failure));
    }
  };
  return (
    <DateDialog
      isOpen
      title={t(act === 'submit' ? 'agreements.reports.submitTitle' : 'agreements.reports.approveTitle', {
        kind: kind.toLowerCase(),
      })}
      confirmLabel={t(act === 'submit' ? 'agreements.reports.submit' : 'agreements.reports.approve')}
      dateLabel={t(
        act === 'submit' ? 'agreements.reports.submittedDateLabel' : 'agreements.reports.approvedDateLabel',
      )}
      date={date}
      onDateChange={setDate}
      error={error}
      isPending={submit.isPending || approve.isPending}
      onConfirm={() => void confirm()}
      onCancel={() => onClose(null)}
    >
      {act === 'approve' ? (
        <div className="field">
          <label className="field__label" htmlFor={selectId}>
            {t('agreements.reports.decisionLabel')}
          </label>
          <p className="field__hint" id={`${selectId}-hint`}>
            {t('agreements.reports.decisionHint')}
          </p>
          <select
            id={selectId}
            className="field__input"
            value={decisionId}
            aria-describedby={`${selectId}-hint`}
            onChange={(event) => setDecisionId(event.target.value)}
          >
            <option value="">{t('agreements.reports.decisionNone')}</option>
            {(decisions.data?.rows ?? []).map((decision) => (
              <option key={decision.id} value={decision.id}>
                {decision.meetingDate} {decision.title}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </DateDialog>
  );
}
