import { inviteInputSchema, tenantRoles } from '@samsyn/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../components/form/form-error-summary.tsx';
import { SelectField } from '../../components/form/select-field.tsx';
import { SubmitButton } from '../../components/form/submit-button.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { useSchemaForm } from '../../components/form/use-schema-form.ts';
import { Notice } from '../../components/notice.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';

/** Invites someone by e-mail: the domain's invitation schema checks the form, as the API will. */
export function InviteForm({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const headingId = useId();
  const form = useSchemaForm({
    schema: inviteInputSchema,
    defaultValues: { email: '', role: 'editor' },
    labels: { email: t('administration.team.email'), role: t('administration.team.role') },
  });
  const invite = useApiMutation(trpc.team.invitations.create.mutationOptions(), {
    invalidates: () => [
      trpc.team.invitations.list.queryFilter({ tenant: slug }),
      trpc.outbox.list.queryFilter({ tenant: slug }),
    ],
    success: (created) => ({ key: 'administration.team.inviteSent', values: { email: created.email } }),
  });

  const onSubmit = form.submit(async (values) => {
    await invite.mutateAsync({ tenant: slug, ...values });
    form.reset({ email: '', role: values.role });
  });

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('administration.team.inviteTitle')}</h2>
      <p>{t('administration.team.inviteIntro')}</p>
      <FormErrorSummary form={form} />
      <form className="inline-form" noValidate onSubmit={onSubmit}>
        <TextField form={form} name="email" type="email" autoComplete="off" spellCheck={false} />
        <SelectField
          form={form}
          name="role"
          choices={tenantRoles.map((option) => ({ value: option, label: t(`roles.${option}`) }))}
        />
        <SubmitButton label={t('administration.team.inviteSubmit')} isPending={invite.isPending} />
      </form>
      <Notice message={invite.notice} />
    </section>
  );
}
