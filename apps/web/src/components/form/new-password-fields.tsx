import type { FieldValues, Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from './text-field.tsx';
import type { SchemaForm } from './use-schema-form.ts';

/**
 * A new password, typed twice: the rule as a hint under the first, and both marked for password
 * managers as a new password (the form's schema checks that they match).
 */
export function NewPasswordFields<Values extends FieldValues, Parsed>({
  form,
  password,
  confirm,
}: {
  form: SchemaForm<Values, Parsed>;
  password: Path<Values>;
  confirm: Path<Values>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        form={form}
        name={password}
        hint={t('administration.invitation.passwordHint')}
        type="password"
        autoComplete="new-password"
      />
      <TextField form={form} name={confirm} type="password" autoComplete="new-password" />
    </>
  );
}
