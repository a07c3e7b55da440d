import { isReportOverdue, todayInSweden } from '@samsyn/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { RowAction } from '../../../components/data-table.tsx';
import { errorMessageOf } from '../../../lib/error-message.ts';
import { formatDate } from '../../../lib/format.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { useAgreementPart } from './agreement-part.tsx';
import { AgreementPartTable } from './agreement-part-table.tsx';
import {
  type AgreementPartProps,
  type AgreementReport,
  useAgreementInvalidation,
} from './agreement-shared.ts';
import { ReportActionDialog } from './report-action-dialog.tsx';
import { ReportForm } from './report-form.tsx';

type Acting = { act: 'submit' | 'approve' | 'remove'; report: AgreementReport } | null;

/**
 * The report deadlines: due, submitted, approved (an overdue one marked); editors register a report
 * as submitted, remove one not approved and add deadlines; admins approve.
 */
export function ReportDeadlines({ view, canEdit, isAdmin }: AgreementPartProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const [acting, setActing] = useState<Acting>(null);
  const [error, setError] = useState<Message | null>(null);
  const part = useAgreementPart<AgreementReport>();
  const remove = useApiMutation(trpc.agreements.reports.delete.mutationOptions(), {
    invalidates: useAgreementInvalidation(),
  });
  const { agreement } = view;
  if (!agreement) return null;
  const isOpen = canEdit && agreement.status !== 'closed';
  const today = todayInSweden();
  const subjectOf = (report: AgreementReport) =>
    `${t(`applicationLabels.reportKind.${report.kind}`)} ${formatDate(report.dueDate)}`;
  const confirmRemove = async () => {
    if (acting?.act !== 'remove') return;
    try {
      await remove.mutateAsync({
        tenant: tenant.slug,
        reportId: acting.report.id,
        expectedVersion: acting.report.version,
      });
      setActing(null);
      part.announce({ key: 'agreements.reports.removed' });
    } catch (failure) {
      setError(errorMessageOf(failure));
    }
  };
  return (
    <AgreementPartTable
      part={part}
      heading={t('agreements.reports.heading')}
      columns={[
        t('agreements.reports.kind'),
        t('agreements.reports.dueDate'),
        t('agreements.reports.submittedDate'),
        t('agreements.reports.approvedDate'),
      ]}
      actionsLabel={t('agreements.reports.actions')}
      rows={view.reports}
      empty={t('agreements.reports.empty')}
      cells={(report) => (
        <>
          <th scope="row">{t(`applicationLabels.reportKind.${report.kind}`)}</th>
          <td>
            {formatDate(report.dueDate)}
            {isReportOverdue(report, today) ? (
              <strong className="agreement-overdue"> {t('agreements.reports.overdue')}</strong>
            ) : null}
          </td>
          <td>{report.submittedDate ? formatDate(report.submittedDate) : t('agreements.reports.notYet')}</td>
          <td>
            {report.approvedDate ? formatDate(report.approvedDate) : t('agreements.reports.notYet')}
            {report.approvedDecision
              ? ` ${t('agreements.reports.approvedBy', { decision: report.approvedDecision })}`
              : null}
          </td>
        </>
      )}
      open={
        isOpen
          ? {
              actions: (report) =>
                report.approvedDate === null ? (
                  <>
                    <RowAction
                      label={t('agreements.reports.submit')}
                      subject={subjectOf(report)}
                      onClick={() => setActing({ act: 'submit', report })}
                    />
                    {isAdmin && report.submittedDate !== null ? (
                      <RowAction
                        label={t('agreements.reports.approve')}
                        subject={subjectOf(report)}
                        onClick={() => setActing({ act: 'approve', report })}
                      />
                    ) : null}
                    <RowAction
                      label={t('agreements.reports.edit')}
                      subject={subjectOf(report)}
                      onClick={() => part.edit(report)}
                    />
                    <RowAction
                      label={t('agreements.reports.remove')}
                      subject={subjectOf(report)}
                      onClick={() => setActing({ act: 'remove', report })}
                    />
                  </>
                ) : null,
              addLabel: t('agreements.reports.add'),
              form: (report, onDone) => (
                <ReportForm agreementId={agreement.id} report={report ?? undefined} onDone={onDone} />
              ),
            }
          : null
      }
    >
      {acting && acting.act !== 'remove' ? (
        <ReportActionDialog
          act={acting.act}
          report={acting.report}
          onClose={(message) => {
            setActing(null);
            if (message) part.announce(message);
          }}
        />
      ) : null}
      <ConfirmDialog
        isOpen={acting?.act === 'remove'}
        title={t('agreements.reports.removeTitle')}
        confirmLabel={t('agreements.reports.remove')}
        isPending={remove.isPending}
        error={error}
        onConfirm={() => void confirmRemove()}
        onCancel={() => {
          setActing(null);
          setError(null);
        }}
      >
        {acting ? (
          <p>
            {t('agreements.reports.removeText', {
              kind: t(`applicationLabels.reportKind.${acting.report.kind}`),
              due: formatDate(acting.report.dueDate),
            })}
          </p>
        ) : null}
      </ConfirmDialog>
    </AgreementPartTable>
  );
}
