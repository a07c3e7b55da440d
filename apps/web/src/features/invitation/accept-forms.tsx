import { useTranslation } from 'react-i18next';
import { KitForm } from '../../components/form/kit-form.tsx';
import { NewPasswordFields } from '../../components/form/new-password-fields.tsx';
import { SubmitButton } from '../../components/form/submit-button.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { useSchemaForm } from '../../components/form/use-schema-form.ts';
import { existingAccountFormSchema, newAccountFormSchema } from './accept-form-schemas.ts';
import { useAcceptInvitation } from './use-accept-invitation.ts';

/** The invitee has no account yet: a name to show others and a new password, typed twice. */
export function NewAccountForm({ token, email }: { token: string; email: string }) {
  const { t } = useTranslation();
  const accept = useAcceptInvitation();
  const form = useSchemaForm({
    schema: newAccountFormSchema,
    defaultValues: { name: '', password: '', confirm: '' },
    labels: {
      name: t('administration.invitation.name'),
      password: t('administration.invitation.newPassword'),
      confirm: t('administration.invitation.confirmPassword'),
    },
  });
  const onSubmit = form.submit(async ({ name, password }) => {
    if (!accept.isPending) await accept.mutateAsync({ token, name, password });
  });
  return (
    <KitForm
      form={form}
      onSubmit={onSubmit}
      className="login__form"
      intro={<p>{t('administration.invitation.newIntro')}</p>}
    >
      <TextField form={form} name="name" autoComplete="name" />
      {/* For password managers: the account the password belongs to. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <NewPasswordFields form={form} password="password" confirm="confirm" />
      <SubmitButton label={t('administration.invitation.accept')} isPending={accept.isPending} />
    </KitForm>
  );
}

/** The invitee has an account: its password gives the account access to the förbund. */
export function ExistingAccountForm({ token, email }: { token: string; email: string }) {
  const { t } = useTranslation();
  const accept = useAcceptInvitation();
  const form = useSchemaForm({
    schema: existingAccountFormSchema,
    defaultValues: { password: '' },
    labels: { password: t('administration.invitation.currentPassword') },
  });
  const onSubmit = form.submit(async ({ password }) => {
    if (!accept.isPending) await accept.mutateAsync({ token, password });
  });
  return (
    <KitForm
      form={form}
      onSubmit={onSubmit}
      className="login__form"
      intro={<p>{t('administration.invitation.existingIntro', { email })}</p>}
    >
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <TextField form={form} name="password" type="password" autoComplete="current-password" />
      <SubmitButton label={t('administration.invitation.accept')} isPending={accept.isPending} />
    </KitForm>
  );
}
