import { approveReportSchema, submitReportSchema } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { type AgreementReport, useAgreementInvalidation } from './agreement-shared.ts';
import { DateDialog, useDateDialogState } from './date-dialog.tsx';
import { DateDialogChoice } from './date-dialog-choice.tsx';

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
  const dialog = useDateDialogState();
  const [decisionId, setDecisionId] = useState('');
  const decisions = useQuery({
    ...trpc.decisions.list.queryOptions({ tenant: tenant.slug, limit: 200 }),
    enabled: act === 'approve',
  });
  const submit = useApiMutation(trpc.agreements.reports.submit.mutationOptions(), { invalidates });
  const approve = useApiMutation(trpc.agreements.reports.approve.mutationOptions(), { invalidates });
  const kind = t(`applicationLabels.reportKind.${report.kind}`);
  const ref = { tenant: tenant.slug, reportId: report.id, expectedVersion: report.version };
  const confirm = () =>
    act === 'submit'
      ? dialog.act(submitReportSchema.safeParse({ submittedDate: dialog.date }), async (input) => {
          await submit.mutateAsync({ ...ref, ...input });
          onClose({ key: 'agreements.reports.submitted' });
        })
      : dialog.act(
          approveReportSchema.safeParse({ approvedDate: dialog.date, decisionId }),
          async (input) => {
            await approve.mutateAsync({ ...ref, ...input });
            onClose({ key: 'agreements.reports.approved' });
          },
        );
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
      {...dialog.dialogProps}
      isPending={submit.isPending || approve.isPending}
      onConfirm={() => void confirm()}
      onCancel={() => onClose(null)}
    >
      {act === 'approve' ? (
        <DateDialogChoice
          label={t('agreements.reports.decisionLabel')}
          hint={t('agreements.reports.decisionHint')}
          noneLabel={t('agreements.reports.decisionNone')}
          value={decisionId}
          onChange={setDecisionId}
          choices={(decisions.data?.rows ?? []).map((decision) => ({
            value: decision.id,
            label: `${decision.meetingDate} ${decision.title}`,
          }))}
        />
      ) : null}
    </DateDialog>
  );
}
