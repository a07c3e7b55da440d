import { formatMoney, markPaidSchema, type Ore } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import type { AgreementPayment } from './agreement-shared.ts';
import { useAgreementInvalidation } from './agreement-shared.ts';
import { bookedAsText } from './booked-as.ts';
import { DateDialog, useDateDialogState } from './date-dialog.tsx';
import { DateDialogChoice } from './date-dialog-choice.tsx';

/**
 * "Markera som betald": the day it was paid and, once booked, the actual allocation of the
 * intervention it became (chosen among the intervention's allocations). The API decides again.
 */
export function MarkPaidDialog({
  agreementId,
  payment,
  onClose,
}: {
  agreementId: string;
  payment: AgreementPayment | null;
  onClose: (message: Message | null) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const invalidates = useAgreementInvalidation();
  const dialog = useDateDialogState();
  const [allocationId, setAllocationId] = useState('');
  const allocations = useQuery({
    ...trpc.agreements.payments.allocations.queryOptions({ tenant: tenant.slug, agreementId }),
    enabled: payment !== null,
  });
  const mark = useApiMutation(trpc.agreements.payments.markPaid.mutationOptions(), { invalidates });
  if (!payment) return null;
  const kind = t(`applicationLabels.paymentKind.${payment.kind}`);
  const confirm = () =>
    dialog.act(
      markPaidSchema.safeParse({ paidDate: dialog.date, actualAllocationId: allocationId }),
      async (input) => {
        await mark.mutateAsync({
          tenant: tenant.slug,
          paymentId: payment.id,
          expectedVersion: payment.version,
          ...input,
        });
        onClose({ key: 'agreements.payments.marked' });
      },
    );
  const choices = allocations.data ?? [];
  return (
    <DateDialog
      isOpen
      title={t('agreements.payments.markTitle', { kind: kind.toLowerCase() })}
      confirmLabel={t('agreements.payments.markConfirm')}
      dateLabel={t('agreements.payments.paidDateLabel')}
      {...dialog.dialogProps}
      isPending={mark.isPending}
      onConfirm={() => void confirm()}
      onCancel={() => onClose(null)}
    >
      <p>
        {kind}, {formatMoney(payment.amountOre as Ore)}, {formatDate(payment.dueDate)}
      </p>
      <DateDialogChoice
        label={t('agreements.payments.allocationLabel')}
        hint={
          choices.length === 0
            ? t('agreements.payments.noIntervention')
            : t('agreements.payments.allocationHint')
        }
        noneLabel={t('agreements.payments.allocationNone')}
        value={allocationId}
        onChange={setAllocationId}
        choices={choices.map((choice) => ({ value: choice.allocationId, label: bookedAsText(choice) }))}
      />
    </DateDialog>
  );
}
