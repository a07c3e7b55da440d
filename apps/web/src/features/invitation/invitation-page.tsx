import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { hasErrorCode } from '../../lib/api-error.ts';
import { errorMessageOf, fieldErrorsOf } from '../../lib/error-message.ts';
import { forgetCachedData } from '../../lib/forget-cached-data.ts';
import { markLoggingOut } from '../../lib/logout-intent.ts';
import type { Message, MessageKey } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import '../team/admin.css';
import '../auth/login.css';

/**
 * The invitation's secret, from the URL fragment (`/inbjudan#<token>`). The fragment never
 * reaches a server or a Referer header; the page sends it to the API only.
 */
function tokenFromHash(): string {
  return decodeURIComponent(window.location.hash.replace(/^#/, '')).trim();
}

const stateKeys = {
  expired: 'errors.invitation.expired',
  accepted: 'errors.invitation.accepted',
  revoked: 'errors.invitation.revoked',
  unavailable: 'errors.invitation.unavailable',
} as const satisfies Record<string, MessageKey>;

/** `/inbjudan#<token>`: shows what the invitation is for and lets the invitee accept it. Public. */
export function InvitationPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [token] = useState(tokenFromHash);
  const isTokenPlausible = token.length >= 10 && token.length <= 200;
  const invitation = useQuery(
    trpc.invitation.get.queryOptions(
      { token },
      { enabled: isTokenPlausible, retry: false, staleTime: Infinity },
    ),
  );

  let body: React.ReactNode;
  if (!isTokenPlausible || (invitation.isError && hasErrorCode(invitation.error, 'NOT_FOUND'))) {
    body = <p className="notice notice--error">{t('errors.invitation.notFound')}</p>;
  } else if (invitation.isPending) {
    body = <LoadingStatus />;
  } else if (invitation.isError) {
    body = <ErrorPanel error={invitation.error} onRetry={() => void invitation.refetch()} />;
  } else {
    const view = invitation.data;
    body = (
      <>
        <dl className="summary-list">
          <dt>{t('administration.invitation.tenant')}</dt>
          <dd>{view.tenantName}</dd>
          <dt>{t('administration.invitation.email')}</dt>
          <dd>{view.email}</dd>
          <dt>{t('administration.invitation.role')}</dt>
          <dd>{t(`roles.${view.role}`)}</dd>
        </dl>
        {view.state === 'open' ? (
          <AcceptForm token={token} hasAccount={view.hasAccount} email={view.email} />
        ) : (
          <>
            <p className="notice notice--error">{t(stateKeys[view.state])}</p>
            {view.state === 'accepted' ? (
              <p>
                <Link to="/logga-in">{t('administration.invitation.toLogin')}</Link>
              </p>
            ) : null}
          </>
        )}
      </>
    );
  }

  return (
    <div className="login">
      <PageHeading titleParts={[t('administration.invitation.title')]}>
        {t('administration.invitation.title')}
      </PageHeading>
      {body}
    </div>
  );
}

type AcceptField = 'name' | 'password' | 'confirm';

function AcceptForm({ token, hasAccount, email }: { token: string; hasAccount: boolean; email: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const ids = { name: useId(), password: useId(), confirm: useId(), hint: useId() };
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<AcceptField, MessageKey>>>({});
  const [formError, setFormError] = useState<Message | null>(null);
  const [failedAttempts, setFailedAttempts] = useState(0);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (failedAttempts > 0) alertRef.current?.focus();
  }, [failedAttempts]);

  const accept = useMutation(
    trpc.invitation.accept.mutationOptions({
      onSuccess: async ({ tenantSlug }) => {
        markLoggingOut(false);
        // The API has set the new session's cookie: whoever was logged in before is gone.
        const meKey = trpc.auth.me.queryKey();
        forgetCachedData(queryClient, meKey);
        await queryClient.refetchQueries({ queryKey: meKey, exact: true });
        await navigate(`/f/${tenantSlug}`, { replace: true });
      },
      onError: (error) => {
        const fields = fieldErrorsOf(error);
        const next: Partial<Record<AcceptField, MessageKey>> = {};
        if (fields.name) next.name = fields.name;
        if (fields.password) next.password = fields.password;
        setFieldErrors(next);
        setFormError(Object.keys(next).length > 0 ? null : errorMessageOf(error));
        setFailedAttempts((count) => count + 1);
        // A state change (used or revoked meanwhile) shows on reload.
        if (hasErrorCode(error, 'CONFLICT'))
          void queryClient.invalidateQueries(trpc.invitation.get.queryFilter());
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (accept.isPending) return;
    const errors: Partial<Record<AcceptField, MessageKey>> = {};
    if (hasAccount) {
      if (password === '') errors.password = 'validation.passwordRequired';
    } else {
      if (name.trim().length < 2) errors.name = 'validation.name.tooShort';
      if (password.length < 12) errors.password = 'validation.password.tooShort';
      else if (password !== confirm) errors.confirm = 'validation.password.mismatch';
    }
    setFieldErrors(errors);
    setFormError(null);
    if (Object.keys(errors).length > 0) {
      setFailedAttempts((count) => count + 1);
      return;
    }
    accept.mutate(hasAccount ? { token, password } : { token, name: name.trim(), password });
  }

  const errored = (['name', 'password', 'confirm'] as const).filter((field) => fieldErrors[field]);
  const errorId = (field: AcceptField) => `${ids[field]}-error`;
  const describedBy = (field: AcceptField, ...extra: string[]) =>
    [...extra, fieldErrors[field] ? errorId(field) : null].filter(Boolean).join(' ') || undefined;
  const fieldError = (field: AcceptField) =>
    fieldErrors[field] ? (
      <p className="field__error" id={errorId(field)}>
        {t(fieldErrors[field])}
      </p>
    ) : null;

  return (
    <form className="login__form" noValidate onSubmit={onSubmit}>
      <p>
        {hasAccount
          ? t('administration.invitation.existingIntro', { email })
          : t('administration.invitation.newIntro')}
      </p>
      {formError || errored.length > 0 ? (
        <div ref={alertRef} className="notice notice--error" role="alert" tabIndex={-1}>
          <h2 className="notice__title">{t('administration.invitation.errorSummary')}</h2>
          {formError ? (
            <p>{t(formError.key, formError.values)}</p>
          ) : (
            <ul className="notice__list">
              {errored.map((field) => (
                <li key={field}>
                  <a
                    href={`#${ids[field]}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(ids[field])?.focus();
                    }}
                  >
                    {t(fieldErrors[field] ?? 'validation.invalid')}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
      {hasAccount ? null : (
        <div className="field">
          <label className="field__label" htmlFor={ids.name}>
            {t('administration.invitation.name')}
          </label>
          {fieldError('name')}
          <input
            id={ids.name}
            className="field__input"
            autoComplete="name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={fieldErrors.name ? true : undefined}
            aria-describedby={describedBy('name')}
          />
        </div>
      )}
      {/* For password managers: the account the password belongs to. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <div className="field">
        <label className="field__label" htmlFor={ids.password}>
          {hasAccount
            ? t('administration.invitation.currentPassword')
            : t('administration.invitation.newPassword')}
        </label>
        {hasAccount ? null : (
          <p className="field__hint" id={ids.hint}>
            {t('administration.invitation.passwordHint')}
          </p>
        )}
        {fieldError('password')}
        <input
          id={ids.password}
          className="field__input"
          type="password"
          autoComplete={hasAccount ? 'current-password' : 'new-password'}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={describedBy('password', ...(hasAccount ? [] : [ids.hint]))}
        />
      </div>
      {hasAccount ? null : (
        <div className="field">
          <label className="field__label" htmlFor={ids.confirm}>
            {t('administration.invitation.confirmPassword')}
          </label>
          {fieldError('confirm')}
          <input
            id={ids.confirm}
            className="field__input"
            type="password"
            autoComplete="new-password"
            value={confirm}
            onChange={(event) => setConfirm(event.target.value)}
            aria-invalid={fieldErrors.confirm ? true : undefined}
            aria-describedby={describedBy('confirm')}
          />
        </div>
      )}
      <button type="submit" className="button button--primary" aria-disabled={accept.isPending}>
        {accept.isPending ? t('administration.common.working') : t('administration.invitation.accept')}
      </button>
    </form>
  );
}
