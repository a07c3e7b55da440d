import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { KitForm } from '../../components/form/kit-form.tsx';
import { SubmitButton } from '../../components/form/submit-button.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { FieldProblem, useSchemaForm } from '../../components/form/use-schema-form.ts';
import { apiErrorDataOf } from '../../lib/api-error.ts';
import { forgetCachedData } from '../../lib/forget-cached-data.ts';
import { markLoggingOut, markSessionExpired } from '../../lib/logout-intent.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { loginFormSchema } from './login-form-schema.ts';

/**
 * Email and password, on the form kit: problems in a summary that takes focus (and is announced),
 * and beside the fields they concern. The server's answer to wrong credentials never says which
 * part was wrong, so it stands beside both.
 */
export function LoginForm() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useSchemaForm({
    schema: loginFormSchema,
    defaultValues: { email: '', password: '' },
    labels: { email: t('login.email'), password: t('login.password') },
  });
  const login = useApiMutation(trpc.auth.login.mutationOptions());

  const onSubmit = form.submit(async (values) => {
    if (login.isPending) return;
    try {
      await login.mutateAsync(values);
    } catch (error) {
      if (apiErrorDataOf(error)?.reason !== 'auth.invalidCredentials') throw error;
      form.setError('email', { type: 'server', message: 'credentials' });
      throw new FieldProblem('password', 'credentials');
    }
    markLoggingOut(false);
    markSessionExpired(false);
    // Nothing cached for a previous user may survive into this session.
    const meKey = trpc.auth.me.queryKey();
    forgetCachedData(queryClient, meKey);
    // The login page moves on by itself once it sees the new user.
    await queryClient.refetchQueries({ queryKey: meKey, exact: true });
  });

  return (
    <KitForm form={form} onSubmit={onSubmit} className="login__form">
      <TextField
        form={form}
        name="email"
        type="email"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
      />
      <TextField form={form} name="password" type="password" autoComplete="current-password" />
      <SubmitButton
        label={t('login.submit')}
        isPending={login.isPending}
        pendingLabel={t('login.submitting')}
      />
    </KitForm>
  );
}
