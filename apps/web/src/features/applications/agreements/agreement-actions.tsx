import { todayInSweden } from '@samsyn/domain';
import { useIsMutating } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../../components/busy-button.tsx';
import { Notice } from '../../../components/notice.tsx';
import { errorMessageOf } from '../../../lib/error-message.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { type AgreementPartProps, useAgreementInvalidation, useFocusAfterAct } from './agreement-shared.ts';
import { DateDialog } from './date-dialog.tsx';

type Act = 'sign' | 'close' | null;

/**
 * The agreement's own steps: "Föreslå plan" while the plan is empty (editors), sign (editors, with
 * the day) and close (admins, once `closeRefusal` has nothing left; the reason is shown otherwise).
 */
export function AgreementActions({ view, canEdit, isAdmin }: AgreementPartProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const invalidates = useAgreementInvalidation();
  const [act, setAct] = useState<Act>(null);
  const [date, setDate] = useState(todayInSweden());
  const [error, setError] = useState<Message | null>(null);
  const [notice, setNotice] = useState<Message | null>(null);
  const focus = useFocusAfterAct<HTMLDivElement>();
  const propose = useApiMutation(trpc.agreements.applyProposal.mutationOptions(), { invalidates });
  const sign = useApiMutation(trpc.agreements.sign.mutationOptions(), { invalidates });
  const close = useApiMutation(trpc.agreements.close.mutationOptions(), { invalidates });
  // While anything on the agreement is being saved (the plan proposed, the years, a payment) and
  // the agreement read again, its own steps wait: until then they would send the version from
  // before that save and be refused as someone else's change.
  const isSaving = useIsMutating({ mutationKey: trpc.agreements.pathKey() }) > 0;
  const { agreement, checks } = view;
  if (!agreement || !checks || !canEdit) return null;
  // A closed agreement has no steps left; the notice that it was closed stays, with the focus.
  if (agreement.status === 'closed')
    return (
      <div className="agreement-actions no-print" ref={focus.ref} tabIndex={-1}>
        <Notice message={notice} />
      </div>
    );
  const ref = { tenant: tenant.slug, agreementId: agreement.id, expectedVersion: agreement.version };
  const isPlanEmpty = view.payments.length === 0 && view.reports.length === 0;

  const onPropose = async () => {
    setError(null);
    try {
      const result = await propose.mutateAsync(ref);
      setNotice({
        key: 'agreements.actions.proposed',
        values: { payments: result.payments, reports: result.reports },
      });
    } catch (failure) {
      setNotice(null);
      setError(errorMessageOf(failure));
    }
  };
  const onConfirm = async () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      setError({ key: 'validation.agreements.dateInvalid' });
      return;
    }
    try {
      if (act === 'sign') await sign.mutateAsync({ ...ref, signedDate: date });
      else await close.mutateAsync({ ...ref, closedDate: date });
      setNotice({ key: act === 'sign' ? 'agreements.actions.signed' : 'agreements.actions.closed' });
      setAct(null);
      focus.focusLater();
    } catch (failure) {
      setError(errorMessageOf(failure));
    }
  };
  const open = (next: Act) => {
    setError(null);
    setDate(todayInSweden());
    setAct(next);
  };

  return (
    <div className="agreement-actions no-print" ref={focus.ref} tabIndex={-1}>
      <div className="button-row">
        {isPlanEmpty ? (
          <BusyButton isBusy={isSaving} describedBy="agreement-propose-hint" onClick={() => void onPropose()}>
            {propose.isPending ? t('app.working') : t('agreements.actions.propose')}
          </BusyButton>
        ) : null}
        {agreement.status === 'draft' ? (
          <BusyButton tone="primary" isBusy={isSaving} onClick={() => open('sign')}>
            {t('agreements.actions.sign')}
          </BusyButton>
        ) : null}
        {isAdmin && agreement.status === 'signed' && checks.closeRefusal === null ? (
          <BusyButton isBusy={isSaving} onClick={() => open('close')}>
            {t('agreements.actions.close')}
          </BusyButton>
        ) : null}
      </div>
      {isPlanEmpty ? (
        <p className="field__hint" id="agreement-propose-hint">
          {t('agreements.actions.proposeHint')}
        </p>
      ) : null}
      {isAdmin && agreement.status === 'signed' && checks.closeRefusal !== null ? (
        <p className="field__hint">
          {t('agreements.actions.closeBlocked')} {t(`errors.${checks.closeRefusal}`)}
        </p>
      ) : null}
      {act === null && error ? (
        <p className="notice notice--error" role="alert">
          {t(error.key, error.values)}
        </p>
      ) : null}
      <Notice message={notice} />
      <DateDialog
        isOpen={act !== null}
        title={t(act === 'close' ? 'agreements.actions.closeTitle' : 'agreements.actions.signTitle')}
        confirmLabel={t(act === 'close' ? 'agreements.actions.close' : 'agreements.actions.sign')}
        dateLabel={t(
          act === 'close' ? 'agreements.actions.closedDateLabel' : 'agreements.actions.signedDateLabel',
        )}
        date={date}
        onDateChange={setDate}
        error={error}
        isPending={sign.isPending || close.isPending}
        onConfirm={() => void onConfirm()}
        onCancel={() => setAct(null)}
      >
        {act === 'close' ? <p>{t('agreements.actions.closeText')}</p> : null}
      </DateDialog>
    </div>
  );
}
