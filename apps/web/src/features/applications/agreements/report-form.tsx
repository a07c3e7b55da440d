import { grantReportKinds, reportDeadlineSchema } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { KitForm } from '../../../components/form/kit-form.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { SubmitButton } from '../../../components/form/submit-button.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { type AgreementReport, useAgreementInvalidation } from './agreement-shared.ts';

/** A report deadline, new or (given `report`) changed at its version: interim or the final report, its last day, a note. */
export function ReportForm({
  agreementId,
  report,
  onDone,
}: {
  agreementId: string;
  report?: AgreementReport;
  onDone: (message: Message | null) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const form = useSchemaForm({
    schema: reportDeadlineSchema,
    defaultValues: report
      ? { kind: report.kind, dueDate: report.dueDate, note: report.note }
      : { kind: 'interim', dueDate: '', note: '' },
    labels: {
      kind: t('agreements.reports.kind'),
      dueDate: t('agreements.reports.dueDate'),
      note: t('agreements.reports.noteLabel'),
    },
  });
  const invalidates = useAgreementInvalidation();
  const create = useApiMutation(trpc.agreements.reports.create.mutationOptions(), { invalidates });
  const update = useApiMutation(trpc.agreements.reports.update.mutationOptions(), { invalidates });
  const onSubmit = form.submit(async (values) => {
    if (create.isPending || update.isPending) return;
    if (report) {
      await update.mutateAsync({
        tenant: tenant.slug,
        reportId: report.id,
        expectedVersion: report.version,
        ...values,
      });
      onDone({ key: 'agreements.reports.updated' });
      return;
    }
    await create.mutateAsync({ tenant: tenant.slug, agreementId, ...values });
    onDone({ key: 'agreements.reports.created' });
  });
  return (
    <KitForm
      form={form}
      onSubmit={onSubmit}
      heading={report ? t('agreements.reports.editHeading') : t('agreements.reports.formHeading')}
      className="no-print"
    >
      <SelectField
        form={form}
        name="kind"
        choices={grantReportKinds.map((kind) => ({
          value: kind,
          label: t(`applicationLabels.reportKind.${kind}`),
        }))}
      />
      <TextField form={form} name="dueDate" type="date" />
      <TextAreaField form={form} name="note" rows={2} />
      <div className="button-row">
        <SubmitButton label={t('agreements.reports.save')} isPending={create.isPending || update.isPending} />
        <button type="button" className="button button--secondary" onClick={() => onDone(null)}>
          {t('agreements.reports.cancel')}
        </button>
      </div>
    </KitForm>
  );
}
