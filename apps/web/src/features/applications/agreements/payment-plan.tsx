import { formatMoney, type Ore } from '@samsyn/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { numberColumn } from '../../../components/column-headers.tsx';
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
  type AgreementPayment,
  useAgreementInvalidation,
} from './agreement-shared.ts';
import { markPaidBlock } from './agreement-values.ts';
import { bookedAsText } from './booked-as.ts';
import { MarkPaidDialog } from './mark-paid-dialog.tsx';
import { PaymentForm } from './payment-form.tsx';

type Pending = { act: 'unmark' | 'remove'; payment: AgreementPayment } | null;

/**
 * The payment plan: kind, due date, amount, paid date and what it was booked as; editors mark a
 * payment paid (the final one disabled, with the reason, while the final report is not approved),
 * undo it, remove an unpaid one and add payments.
 */
export function PaymentPlan({ view, canEdit }: Omit<AgreementPartProps, 'isAdmin'>) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const invalidates = useAgreementInvalidation();
  const reasonId = useId();
  const [marking, setMarking] = useState<AgreementPayment | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [error, setError] = useState<Message | null>(null);
  const part = useAgreementPart<AgreementPayment>();
  const unmark = useApiMutation(trpc.agreements.payments.unmarkPaid.mutationOptions(), { invalidates });
  const remove = useApiMutation(trpc.agreements.payments.delete.mutationOptions(), { invalidates });
  const { agreement, checks } = view;
  if (!agreement || !checks) return null;
  const isOpen = canEdit && agreement.status !== 'closed';
  const state = { status: agreement.status, isFinalReportApproved: checks.isFinalReportApproved };
  const subjectOf = (payment: AgreementPayment) =>
    `${t(`applicationLabels.paymentKind.${payment.kind}`)} ${formatDate(payment.dueDate)}`;
  const blocks = view.payments.map((payment) => markPaidBlock(payment, state));
  const shownBlock = blocks.find((block) => block !== null) ?? null;

  const confirmPending = async () => {
    if (!pending) return;
    const input = {
      tenant: tenant.slug,
      paymentId: pending.payment.id,
      expectedVersion: pending.payment.version,
    };
    try {
      if (pending.act === 'unmark') await unmark.mutateAsync(input);
      else await remove.mutateAsync(input);
      setPending(null);
      part.announce({
        key: pending.act === 'unmark' ? 'agreements.payments.unmarked' : 'agreements.payments.removed',
      });
    } catch (failure) {
      setError(errorMessageOf(failure));
    }
  };

  return (
    <AgreementPartTable
      part={part}
      heading={t('agreements.payments.heading')}
      intro={
        <>
          <p>
            {t('agreements.payments.planned', {
              sum: formatMoney(checks.paymentsSumOre as Ore),
              granted: formatMoney((view.application.grantedAmountOre ?? 0) as Ore),
            })}
          </p>
          {isOpen && shownBlock ? (
            <p className="field__hint" id={reasonId}>
              {t(shownBlock)}
            </p>
          ) : null}
        </>
      }
      columns={[
        t('agreements.payments.kind'),
        t('agreements.payments.dueDate'),
        numberColumn(t('agreements.payments.amount')),
        t('agreements.payments.paidDate'),
        t('agreements.payments.bookedAs'),
      ]}
      actionsLabel={t('agreements.payments.actions')}
      rows={view.payments}
      empty={t('agreements.payments.empty')}
      cells={(payment) => (
        <>
          <th scope="row">{t(`applicationLabels.paymentKind.${payment.kind}`)}</th>
          <td>{formatDate(payment.dueDate)}</td>
          <td className="data-table__number">{formatMoney(payment.amountOre as Ore)}</td>
          <td>{payment.paidDate ? formatDate(payment.paidDate) : t('agreements.payments.notPaid')}</td>
          <td>{payment.bookedAs ? bookedAsText(payment.bookedAs) : t('agreements.payments.notBooked')}</td>
        </>
      )}
      open={
        isOpen
          ? {
              actions: (payment) =>
                payment.paidDate ? (
                  <RowAction
                    label={t('agreements.payments.unmark')}
                    subject={subjectOf(payment)}
                    onClick={() => setPending({ act: 'unmark', payment })}
                  />
                ) : (
                  <>
                    <RowAction
                      label={t('agreements.payments.markPaid')}
                      subject={subjectOf(payment)}
                      isUnavailable={markPaidBlock(payment, state) !== null}
                      describedBy={markPaidBlock(payment, state) ? reasonId : undefined}
                      onClick={() => setMarking(payment)}
                    />
                    <RowAction
                      label={t('agreements.payments.edit')}
                      subject={subjectOf(payment)}
                      onClick={() => part.edit(payment)}
                    />
                    <RowAction
                      label={t('agreements.payments.remove')}
                      subject={subjectOf(payment)}
                      onClick={() => setPending({ act: 'remove', payment })}
                    />
                  </>
                ),
              addLabel: t('agreements.payments.add'),
              form: (payment, onDone) => (
                <PaymentForm agreementId={agreement.id} payment={payment ?? undefined} onDone={onDone} />
              ),
            }
          : null
      }
    >
      {marking ? (
        <MarkPaidDialog
          agreementId={agreement.id}
          payment={marking}
          onClose={(message) => {
            setMarking(null);
            if (message) part.announce(message);
          }}
        />
      ) : null}
      <ConfirmDialog
        isOpen={pending !== null}
        title={t(
          pending?.act === 'unmark' ? 'agreements.payments.unmarkTitle' : 'agreements.payments.removeTitle',
        )}
        confirmLabel={t(
          pending?.act === 'unmark' ? 'agreements.payments.unmark' : 'agreements.payments.remove',
        )}
        isPending={unmark.isPending || remove.isPending}
        error={error}
        onConfirm={() => void confirmPending()}
        onCancel={() => {
          setPending(null);
          setError(null);
        }}
      >
        {pending ? (
          <p>
            {t(
              pending.act === 'unmark' ? 'agreements.payments.unmarkText' : 'agreements.payments.removeText',
              {
                kind: t(`applicationLabels.paymentKind.${pending.payment.kind}`),
                amount: formatMoney(pending.payment.amountOre as Ore),
                due: formatDate(pending.payment.dueDate),
              },
            )}
          </p>
        ) : null}
      </ConfirmDialog>
    </AgreementPartTable>
  );
}
