import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type MouseEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageOf, fieldErrorsOf } from '../../lib/error-message.ts';
import { forgetCachedData } from '../../lib/forget-cached-data.ts';
import { markLoggingOut } from '../../lib/logout-intent.ts';
import type { Message } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import {
  type LoginField,
  type LoginFieldErrors,
  loginFieldErrorsFrom,
  validateLogin,
} from './login-validation.ts';

/**
 * Email and password. Errors appear in a summary that takes focus (and is announced), and beside
 * the fields they concern. The server's answer to wrong credentials never says which part was wrong.
 */
export function LoginForm() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ids = { email: useId(), password: useId(), summary: useId(), formError: useId() };
  const errorIdOf = (field: LoginField) => `${ids[field]}-error`;

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<LoginFieldErrors>({});
  const [formError, setFormError] = useState<Message | null>(null);
  // Bumped on every failed attempt, so the summary takes focus again even if the text is the same.
  const [failedAttempts, setFailedAttempts] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: async () => {
        markLoggingOut(false);
        // Nothing cached for a previous user may survive into this session.
        const meKey = trpc.auth.me.queryKey();
        forgetCachedData(queryClient, meKey);
        // The login page moves on by itself once it sees the new user.
        await queryClient.refetchQueries({ queryKey: meKey, exact: true });
      },
      onError: (error) => {
        const serverFieldErrors = loginFieldErrorsFrom(fieldErrorsOf(error));
        setFieldErrors(serverFieldErrors);
        setFormError(Object.keys(serverFieldErrors).length > 0 ? null : errorMessageOf(error));
        setFailedAttempts((count) => count + 1);
      },
    }),
  );

  useEffect(() => {
    if (failedAttempts > 0) summaryRef.current?.focus();
  }, [failedAttempts]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (login.isPending) return;
    const errors = validateLogin({ email, password });
    setFieldErrors(errors);
    setFormError(null);
    if (Object.keys(errors).length > 0) {
      setFailedAttempts((count) => count + 1);
      return;
    }
    login.mutate({ email, password });
  }

  function focusField(event: MouseEvent<HTMLAnchorElement>, field: LoginField) {
    event.preventDefault();
    document.getElementById(ids[field])?.focus();
  }

  const erroredFields = (['email', 'password'] as const).filter((field) => fieldErrors[field]);
  const hasErrors = formError !== null || erroredFields.length > 0;
  const describedBy = (field: LoginField) =>
    [fieldErrors[field] ? errorIdOf(field) : null, formError ? ids.formError : null]
      .filter(Boolean)
      .join(' ') || undefined;

  return (
    <form className="login__form" noValidate onSubmit={onSubmit}>
      {hasErrors ? (
        <div ref={summaryRef} id={ids.summary} className="notice notice--error" role="alert" tabIndex={-1}>
          <h2 className="notice__title">{t('login.errorSummary')}</h2>
          {formError ? (
            <p id={ids.formError}>{t(formError.key, formError.values)}</p>
          ) : (
            <ul className="notice__list">
              {erroredFields.map((field) => (
                <li key={field}>
                  <a href={`#${ids[field]}`} onClick={(event) => focusField(event, field)}>
                    {t(fieldErrors[field] ?? 'validation.invalid')}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}

      <div className="field">
        <label className="field__label" htmlFor={ids.email}>
          {t('login.email')}
        </label>
        {fieldErrors.email ? (
          <p className="field__error" id={errorIdOf('email')}>
            {t(fieldErrors.email)}
          </p>
        ) : null}
        <input
          id={ids.email}
          className="field__input"
          type="email"
          name="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={fieldErrors.email ? true : undefined}
          aria-describedby={describedBy('email')}
        />
      </div>

      <div className="field">
        <label className="field__label" htmlFor={ids.password}>
          {t('login.password')}
        </label>
        {fieldErrors.password ? (
          <p className="field__error" id={errorIdOf('password')}>
            {t(fieldErrors.password)}
          </p>
        ) : null}
        <input
          id={ids.password}
          className="field__input"
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={describedBy('password')}
        />
      </div>

      {/* aria-disabled rather than disabled: a disabled button would drop keyboard focus mid-submit. */}
      <button type="submit" className="button button--primary" aria-disabled={login.isPending}>
        {login.isPending ? t('login.submitting') : t('login.submit')}
      </button>
    </form>
  );
}
