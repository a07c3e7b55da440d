import { paymentKinds, paymentSchema } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { KitForm } from '../../../components/form/kit-form.tsx';
import { MoneyField } from '../../../components/form/money-input.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { SubmitButton } from '../../../components/form/submit-button.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { type AgreementPayment, useAgreementInvalidation } from './agreement-shared.ts';
import { kronorText } from './agreement-values.ts';

/**
 * A payment of the plan, new or (given `payment`) changed at its version: kind, due date, amount in
 * kronor, note. The API checks the grant and the one final payment.
 */
export function PaymentForm({
  agreementId,
  payment,
  onDone,
}: {
  agreementId: string;
  payment?: AgreementPayment;
  onDone: (message: Message | null) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const form = useSchemaForm({
    schema: paymentSchema,
    defaultValues: payment
      ? {
          kind: payment.kind,
          dueDate: payment.dueDate,
          amount: kronorText(payment.amountOre),
          note: payment.note,
        }
      : { kind: 'tranche', dueDate: '', amount: '', note: '' },
    labels: {
      kind: t('agreements.payments.kind'),
      dueDate: t('agreements.payments.dueDate'),
      amount: t('agreements.payments.amount'),
      note: t('agreements.payments.noteLabel'),
    },
  });
  const invalidates = useAgreementInvalidation();
  const create = useApiMutation(trpc.agreements.payments.create.mutationOptions(), { invalidates });
  const update = useApiMutation(trpc.agreements.payments.update.mutationOptions(), { invalidates });
  // The API reads the amount as typed (kronor text), with the same schema the form just passed.
  const onSubmit = form.submit(async () => {
    if (create.isPending || update.isPending) return;
    if (payment) {
      await update.mutateAsync({
        tenant: tenant.slug,
        paymentId: payment.id,
        expectedVersion: payment.version,
        ...form.getValues(),
      });
      onDone({ key: 'agreements.payments.updated' });
      return;
    }
    await create.mutateAsync({ tenant: tenant.slug, agreementId, ...form.getValues() });
    onDone({ key: 'agreements.payments.created' });
  });
  return (
    <KitForm
      form={form}
      onSubmit={onSubmit}
      heading={payment ? t('agreements.payments.editHeading') : t('agreements.payments.formHeading')}
      className="no-print"
    >
      <SelectField
        form={form}
        name="kind"
        choices={paymentKinds.map((kind) => ({
          value: kind,
          label: t(`applicationLabels.paymentKind.${kind}`),
        }))}
      />
      <TextField form={form} name="dueDate" type="date" />
      <MoneyField form={form} name="amount" />
      <TextAreaField form={form} name="note" rows={2} />
      <div className="button-row">
        <SubmitButton
          label={t('agreements.payments.save')}
          isPending={create.isPending || update.isPending}
        />
        <button type="button" className="button button--secondary" onClick={() => onDone(null)}>
          {t('agreements.payments.cancel')}
        </button>
      </div>
    </KitForm>
  );
}
