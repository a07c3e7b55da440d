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
import { useAgreementInvalidation } from './agreement-shared.ts';

/** A new report deadline: interim or the one final report, its last day and a note. */
export function ReportForm({
  agreementId,
  onDone,
}: {
  agreementId: string;
  onDone: (message: Message | null) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const form = useSchemaForm({
    schema: reportDeadlineSchema,
    defaultValues: { kind: 'interim', dueDate: '', note: '' },
    labels: {
      kind: t('agreements.reports.kind'),
      dueDate: t('agreements.reports.dueDate'),
      note: t('agreements.reports.noteLabel'),
    },
  });
  const create = useApiMutation(trpc.agreements.reports.create.mutationOptions(), {
    invalidates: useAgreementInvalidation(),
  });
  const onSubmit = form.submit(async (values) => {
    if (create.isPending) return;
    await create.mutateAsync({ tenant: tenant.slug, agreementId, ...values });
    onDone({ key: 'agreements.reports.created' });
  });
  return (
    <KitForm
      form={form}
      onSubmit={onSubmit}
      heading={t('agreements.reports.formHeading')}
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
        <SubmitButton label={t('agreements.reports.save')} isPending={create.isPending} />
        <button type="button" className="button button--secondary" onClick={() => onDone(null)}>
          {t('agreements.reports.cancel')}
        </button>
      </div>
    </KitForm>
  );
}
