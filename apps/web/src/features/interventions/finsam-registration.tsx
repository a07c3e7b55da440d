import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Notice } from '../../components/notice.tsx';
import { errorMessageOf, fieldErrorsOf } from '../../lib/error-message.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { useTenantRole } from '../tenant/use-tenant-role.ts';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';
import { type FinsamWord, f } from './finsam-sheet.ts';
import type { FinsamReport } from './shared.tsx';

/**
 * "Registrerad i Uppföljning Finsam" for the period: when and by whom, or a button (editors and
 * admins) to mark it after a confirmation; an admin can undo the mark, giving a reason the log
 * keeps. The mark locks the Uppföljning Finsam fields of the period's interventions.
 */
export function FinsamRegistration({ report }: { report: FinsamReport }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const canRegister = useTenantRole('editor');
  const canUndo = useTenantRole('admin');
  const headingId = useId();
  const reasonId = useId();
  const reasonErrorId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [dialog, setDialog] = useState<'register' | 'undo' | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [focusHeading, setFocusHeading] = useState(false);
  const { registration, period } = report;
  type RegistrationWord = FinsamWord extends infer W
    ? W extends `registration.${infer R}`
      ? R
      : never
    : never;
  const w = (word: RegistrationWord, values?: Record<string, string | number>) =>
    t(f(`registration.${word}`), values);

  // The button that opened the dialog is gone afterwards: focus goes to the section's heading.
  useEffect(() => {
    if (!focusHeading) return;
    headingRef.current?.focus();
    setFocusHeading(false);
  }, [focusHeading]);

  const invalidates = () => [{ queryKey: trpc.interventions.pathKey() }];
  const register = useApiMutation(trpc.interventions.reports.registerFinsam.mutationOptions(), {
    invalidates,
    success: () => ({
      key: 'interventions.reports.finsam.registration.registeredNotice',
      values: { period },
    }),
  });
  const undo = useApiMutation(trpc.interventions.reports.undoFinsamRegistration.mutationOptions(), {
    invalidates,
    success: () => ({ key: 'interventions.reports.finsam.registration.undoneNotice', values: { period } }),
  });
  const done = {
    onSuccess: () => {
      setDialog(null);
      setReason('');
      setFocusHeading(true);
    },
  };
  const open = (which: 'register' | 'undo') => {
    register.reset();
    undo.reset();
    setReasonError(null);
    setDialog(which);
  };
  const close = () => {
    setDialog(null);
    register.reset();
    undo.reset();
  };
  const serverReasonError = undo.error ? fieldErrorsOf(undo.error).reason : undefined;
  const shownReasonError = reasonError ?? (serverReasonError ? t(serverReasonError) : null);
  const dialogError =
    (dialog === 'register' ? register.error : serverReasonError ? null : undo.error) ?? null;

  function confirmUndo() {
    if (reason.trim() === '') {
      setReasonError(t('validation.finsamRegistration.reasonRequired'));
      reasonRef.current?.focus();
      return;
    }
    setReasonError(null);
    if (registration.version === null) return;
    undo.mutate({ tenant: slug, period, expectedVersion: registration.version, reason }, done);
  }

  const registeredAt = registration.registeredAt;
  return (
    <section className="insatser-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {w('title')}
      </h2>
      <Notice message={register.notice ?? undo.notice} />
      {registeredAt ? (
        <>
          <p>
            {registration.registeredByName
              ? w('registered', { date: formatDateTime(registeredAt), name: registration.registeredByName })
              : w('registeredUnknown', { date: formatDateTime(registeredAt) })}
          </p>
          <p className="insatser-muted">{w('lockNote')}</p>
        </>
      ) : (
        <p>{w('notRegistered', { period })}</p>
      )}
      <div className="insatser-actions no-print">
        {!registeredAt && canRegister ? (
          <button type="button" className="button button--primary" onClick={() => open('register')}>
            {w('register')}
          </button>
        ) : null}
        {registeredAt && canUndo ? (
          <button type="button" className="button button--secondary" onClick={() => open('undo')}>
            {w('undo')}
          </button>
        ) : null}
      </div>
      <ConfirmDialog
        isOpen={dialog === 'register'}
        title={w('registerTitle', { period })}
        confirmLabel={w('register')}
        tone="primary"
        isPending={register.isPending}
        error={dialogError ? errorMessageOf(dialogError) : null}
        onConfirm={() =>
          register.mutate({ tenant: slug, period, expectedVersion: registration.version }, done)
        }
        onCancel={close}
      >
        <p>{w('registerBody')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        isOpen={dialog === 'undo'}
        title={w('undoTitle', { period })}
        confirmLabel={w('undo')}
        isPending={undo.isPending}
        error={dialogError ? errorMessageOf(dialogError) : null}
        onConfirm={confirmUndo}
        onCancel={close}
      >
        <p>{w('undoBody')}</p>
        <div className="field">
          <label className="field__label" htmlFor={reasonId}>
            {w('reason')}
          </label>
          {shownReasonError ? (
            <p className="field__error" id={reasonErrorId}>
              {shownReasonError}
            </p>
          ) : null}
          <textarea
            ref={reasonRef}
            id={reasonId}
            className="field__input"
            rows={3}
            value={reason}
            aria-invalid={shownReasonError ? true : undefined}
            aria-describedby={shownReasonError ? reasonErrorId : undefined}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
      </ConfirmDialog>
    </section>
  );
}
