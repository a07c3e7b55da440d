import { boardPersonSchema } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/form/select-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { OrganisationForm } from './organisation-form.tsx';
import { type PersonRecord, useOrganisationQueries } from './organisation-shared.ts';

/**
 * Add (`person` null) or change a person: a name, an optional e-mail and party, never a
 * personnummer, and optionally the Samsyn user of the förbund's team they are. Editors. A new
 * person's form takes focus, as it opens from the seat form's "Ny person".
 */
export function PersonForm({
  person,
  onDone,
}: {
  person: PersonRecord | null;
  onDone: (message: Message | null, saved?: { id: string }) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const users = useQuery(trpc.organisation.people.linkableUsers.queryOptions({ tenant: tenant.slug }));
  const form = useSchemaForm({
    schema: boardPersonSchema,
    defaultValues: {
      name: person?.name ?? '',
      email: person?.email ?? '',
      party: person?.party ?? '',
      userId: person?.userId ?? '',
    },
    labels: {
      name: t('boardOrganisation.people.name'),
      email: t('boardOrganisation.people.email'),
      party: t('boardOrganisation.people.party'),
      userId: t('boardOrganisation.people.user'),
    },
  });
  const save = useApiMutation(trpc.organisation.people.save.mutationOptions(), {
    invalidates: useOrganisationQueries(),
  });
  const onSubmit = form.submit(async () => {
    if (save.isPending) return;
    const saved = await save.mutateAsync({
      tenant: tenant.slug,
      id: person?.id ?? null,
      expectedVersion: person?.version ?? null,
      ...form.getValues(),
    });
    onDone({ key: 'boardOrganisation.people.saved' }, saved);
  });
  const userChoices = [
    { value: '', label: t('boardOrganisation.people.noUser') },
    ...(users.data ?? []).map((user) => ({ value: user.id, label: `${user.name} (${user.email})` })),
  ];
  return (
    <OrganisationForm
      form={form}
      onSubmit={onSubmit}
      heading={
        person === null
          ? t('boardOrganisation.people.formHeadingNew')
          : t('boardOrganisation.people.formHeadingEdit', { name: person.name })
      }
      isPending={save.isPending}
      onCancel={() => onDone(null)}
    >
      <TextField
        form={form}
        name="name"
        autoComplete="off"
        autoFocus={person === null}
        hint={t('boardOrganisation.people.nameHint')}
      />
      <TextField form={form} name="email" type="email" hint={t('boardOrganisation.people.emailHint')} />
      <TextField form={form} name="party" hint={t('boardOrganisation.people.partyHint')} />
      <SelectField
        form={form}
        name="userId"
        choices={userChoices}
        hint={t('boardOrganisation.people.userHint')}
      />
    </OrganisationForm>
  );
}
