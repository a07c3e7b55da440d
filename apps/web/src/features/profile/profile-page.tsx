import { changePasswordInputSchema, updateProfileInputSchema } from '@samsyn/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormErrorSummary } from '../../components/form/form-error-summary.tsx';
import { NewPasswordFields } from '../../components/form/new-password-fields.tsx';
import { SubmitButton } from '../../components/form/submit-button.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { FieldProblem, useSchemaForm } from '../../components/form/use-schema-form.ts';
import { Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { errorMessageOf } from '../../lib/error-message.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
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
  const headingId = useId();
  const form = useSchemaForm({
    schema: updateProfileInputSchema,
    defaultValues: { name: currentName },
    labels: { name: t('administration.profile.name') },
  });
  const update = useApiMutation(trpc.profile.update.mutationOptions(), {
    invalidates: () => [trpc.auth.me.queryFilter()],
    success: () => ({ key: 'administration.profile.nameSaved' }),
  });
  const onSubmit = form.submit((values) => update.mutateAsync(values));
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('administration.profile.nameTitle')}</h2>
      <FormErrorSummary form={form} />
      <form className="admin-form" noValidate onSubmit={onSubmit}>
        <TextField form={form} name="name" autoComplete="name" />
        <Notice message={update.notice} />
        <SubmitButton label={t('administration.profile.saveName')} isPending={update.isPending} />
      </form>
    </section>
  );
}

/** The API's rule for a new password, plus the repetition only the form has. */
const passwordFormSchema = changePasswordInputSchema
  .extend({ confirm: z.string() })
  .refine((values) => values.newPassword === values.confirm, {
    path: ['confirm'],
    message: 'password.mismatch',
  });

function PasswordForm({ email }: { email: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const headingId = useId();
  const form = useSchemaForm({
    schema: passwordFormSchema,
    defaultValues: { currentPassword: '', newPassword: '', confirm: '' },
    labels: {
      currentPassword: t('administration.profile.currentPassword'),
      newPassword: t('administration.profile.newPassword'),
      confirm: t('administration.profile.confirmPassword'),
    },
  });
  const change = useApiMutation(trpc.profile.changePassword.mutationOptions(), {
    // The other sessions have ended: the list below shows it.
    invalidates: () => [trpc.profile.sessions.list.queryFilter()],
    success: () => ({ key: 'administration.profile.passwordChanged' }),
  });
  const onSubmit = form.submit(async ({ currentPassword, newPassword }) => {
    try {
      await change.mutateAsync({ currentPassword, newPassword });
      form.reset();
    } catch (failure) {
      // "The current password is wrong" belongs beside that field, not in a general notice.
      if (errorMessageOf(failure).key !== 'errors.password.currentWrong') throw failure;
      throw new FieldProblem('currentPassword', 'password.currentWrong');
    }
  });
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('administration.profile.passwordTitle')}</h2>
      <p>{t('administration.profile.passwordIntro')}</p>
      <FormErrorSummary form={form} />
      <form className="admin-form" noValidate onSubmit={onSubmit}>
        <input type="hidden" name="username" autoComplete="username" value={email} />
        <TextField form={form} name="currentPassword" type="password" autoComplete="current-password" />
        <NewPasswordFields form={form} password="newPassword" confirm="confirm" />
        <Notice message={change.notice} />
        <SubmitButton label={t('administration.profile.changePassword')} isPending={change.isPending} />
      </form>
    </section>
  );
}
