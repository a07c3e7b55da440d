import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading.tsx';
import { errorMessageOf, fieldErrorsOf } from '../../lib/error-message.ts';
import type { Message, MessageKey } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useCurrentUser } from '../../lib/use-current-user.ts';
import '../team/admin.css';
import { SessionsSection } from './sessions-section.tsx';

/** `/profil`: the logged-in user's own name, password and sessions. */
export function ProfilePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <div className="prose">
      <PageHeading titleParts={[t('administration.profile.title')]}>
        {t('administration.profile.title')}
      </PageHeading>
      <dl className="summary-list">
        <dt>{t('administration.profile.email')}</dt>
        <dd>{me.user.email}</dd>
      </dl>
      <NameForm currentName={me.user.name} />
      <PasswordForm email={me.user.email} />
      <SessionsSection />
    </div>
  );
}

function NameForm({ currentName }: { currentName: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ids = { heading: useId(), name: useId() };
  const [name, setName] = useState(currentName);
  const [error, setError] = useState<MessageKey | null>(null);
  const [formError, setFormError] = useState<Message | null>(null);
  const [isSaved, setIsSaved] = useState(false);
  const update = useMutation(
    trpc.profile.update.mutationOptions({
      onSuccess: async () => {
        setIsSaved(true);
        await queryClient.invalidateQueries(trpc.auth.me.queryFilter());
      },
      onError: (failure) => {
        const fields = fieldErrorsOf(failure);
        setError(fields.name ?? null);
        setFormError(fields.name ? null : errorMessageOf(failure));
      },
    }),
  );
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    setIsSaved(false);
    setFormError(null);
    if (name.trim().length < 2) {
      setError('validation.name.tooShort');
      return;
    }
    setError(null);
    update.mutate({ name: name.trim() });
  }
  return (
    <section aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('administration.profile.nameTitle')}</h2>
      <form className="admin-form" noValidate onSubmit={onSubmit}>
        {formError ? (
          <p className="notice notice--error" role="alert">
            {t(formError.key, formError.values)}
          </p>
        ) : null}
        <div className="field">
          <label className="field__label" htmlFor={ids.name}>
            {t('administration.profile.name')}
          </label>
          {error ? (
            <p className="field__error" id={`${ids.name}-error`}>
              {t(error)}
            </p>
          ) : null}
          <input
            id={ids.name}
            className="field__input"
            autoComplete="name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${ids.name}-error` : undefined}
          />
        </div>
        <div aria-live="polite">
          {isSaved ? (
            <p className="notice" role="status">
              {t('administration.profile.nameSaved')}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button button--primary" aria-disabled={update.isPending}>
          {update.isPending ? t('administration.common.working') : t('administration.profile.saveName')}
        </button>
      </form>
    </section>
  );
}

type PasswordField = 'currentPassword' | 'newPassword' | 'confirm';

function PasswordForm({ email }: { email: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ids = {
    heading: useId(),
    currentPassword: useId(),
    newPassword: useId(),
    confirm: useId(),
    hint: useId(),
  };
  const [values, setValues] = useState<Record<PasswordField, string>>({
    currentPassword: '',
    newPassword: '',
    confirm: '',
  });
  const [errors, setErrors] = useState<Partial<Record<PasswordField, MessageKey>>>({});
  const [formError, setFormError] = useState<Message | null>(null);
  const [isChanged, setIsChanged] = useState(false);
  const change = useMutation(
    trpc.profile.changePassword.mutationOptions({
      onSuccess: async () => {
        setIsChanged(true);
        setValues({ currentPassword: '', newPassword: '', confirm: '' });
        // The other sessions have ended: the list below shows it.
        await queryClient.invalidateQueries(trpc.profile.sessions.list.queryFilter());
      },
      onError: (failure) => {
        const fields = fieldErrorsOf(failure);
        const next: Partial<Record<PasswordField, MessageKey>> = {};
        if (fields.newPassword) next.newPassword = fields.newPassword;
        // The API's "current password is wrong" belongs beside that field.
        const message = errorMessageOf(failure);
        if (message.key === 'errors.password.currentWrong')
          next.currentPassword = 'errors.password.currentWrong';
        setErrors(next);
        setFormError(Object.keys(next).length > 0 ? null : message);
      },
    }),
  );
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (change.isPending) return;
    setIsChanged(false);
    setFormError(null);
    const next: Partial<Record<PasswordField, MessageKey>> = {};
    if (values.currentPassword === '') next.currentPassword = 'validation.passwordRequired';
    if (values.newPassword.length < 12) next.newPassword = 'validation.password.tooShort';
    else if (values.newPassword !== values.confirm) next.confirm = 'validation.password.mismatch';
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    change.mutate({ currentPassword: values.currentPassword, newPassword: values.newPassword });
  }
  const field = (name: PasswordField, label: MessageKey, autoComplete: string, hint?: string) => (
    <div className="field">
      <label className="field__label" htmlFor={ids[name]}>
        {t(label)}
      </label>
      {hint ? (
        <p className="field__hint" id={ids.hint}>
          {hint}
        </p>
      ) : null}
      {errors[name] ? (
        <p className="field__error" id={`${ids[name]}-error`}>
          {t(errors[name])}
        </p>
      ) : null}
      <input
        id={ids[name]}
        className="field__input"
        type="password"
        autoComplete={autoComplete}
        value={values[name]}
        onChange={(event) => setValues({ ...values, [name]: event.target.value })}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={
          [hint ? ids.hint : null, errors[name] ? `${ids[name]}-error` : null].filter(Boolean).join(' ') ||
          undefined
        }
      />
    </div>
  );
  return (
    <section aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('administration.profile.passwordTitle')}</h2>
      <p>{t('administration.profile.passwordIntro')}</p>
      <form className="admin-form" noValidate onSubmit={onSubmit}>
        {formError ? (
          <p className="notice notice--error" role="alert">
            {t(formError.key, formError.values)}
          </p>
        ) : null}
        <input type="hidden" name="username" autoComplete="username" value={email} />
        {field('currentPassword', 'administration.profile.currentPassword', 'current-password')}
        {field(
          'newPassword',
          'administration.profile.newPassword',
          'new-password',
          t('administration.invitation.passwordHint'),
        )}
        {field('confirm', 'administration.profile.confirmPassword', 'new-password')}
        <div aria-live="polite">
          {isChanged ? (
            <p className="notice" role="status">
              {t('administration.profile.passwordChanged')}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button button--primary" aria-disabled={change.isPending}>
          {change.isPending ? t('administration.common.working') : t('administration.profile.changePassword')}
        </button>
      </form>
    </section>
  );
}
