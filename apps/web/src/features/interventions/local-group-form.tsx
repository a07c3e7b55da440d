import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../components/form/form-error-summary.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { useSchemaForm } from '../../components/form/use-schema-form.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';
import { ChoiceGroup } from './choice-group.tsx';
import { issuesOnFields } from './issues-under.ts';
import { localGroupFormSchema } from './local-group-form-values.ts';
import { SaveOrCancel } from './save-or-cancel.tsx';
import type { LocalGroupItem } from './shared.tsx';

/** Adds a local group, or changes its name, municipalities and population. */
export function LocalGroupForm({ group, onDone }: { group: LocalGroupItem | null; onDone: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const tenant = useTenant();
  const headingId = useId();
  const form = useSchemaForm({
    schema: localGroupFormSchema,
    defaultValues: {
      name: group?.name ?? '',
      municipalityMemberIds: group?.municipalityMemberIds ?? [],
      population: group?.population == null ? '' : String(group.population),
    },
    labels: {
      name: t('interventions.localGroups.name'),
      municipalityMemberIds: t('interventions.localGroups.municipalities'),
      population: t('interventions.localGroups.population'),
    },
  });
  const invalidates = () => [{ queryKey: trpc.interventions.pathKey() }];
  const create = useApiMutation(trpc.interventions.localGroups.create.mutationOptions(), { invalidates });
  const update = useApiMutation(trpc.interventions.localGroups.update.mutationOptions(), { invalidates });
  const isPending = create.isPending || update.isPending;
  const onSubmit = form.submit(async (values) => {
    if (isPending) return;
    try {
      if (group)
        await update.mutateAsync({ tenant: slug, id: group.id, ...values, expectedVersion: group.version });
      else await create.mutateAsync({ tenant: slug, ...values });
    } catch (error) {
      throw issuesOnFields(error);
    }
    onDone();
  });

  return (
    <form className="insatser-panel" noValidate onSubmit={onSubmit} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {group
          ? t('interventions.localGroups.editTitle', { name: group.name })
          : t('interventions.localGroups.addTitle')}
      </h2>
      <FormErrorSummary form={form} />
      <TextField form={form} name="name" />
      <ChoiceGroup
        form={form}
        name="municipalityMemberIds"
        type="checkbox"
        legend={t('interventions.localGroups.municipalities')}
        options={tenant.members
          .filter((member) => member.kind === 'municipality')
          .map((member) => ({ value: member.id, label: member.name }))}
      />
      <TextField form={form} name="population" inputMode="numeric" />
      <SaveOrCancel isPending={isPending} onCancel={onDone} />
    </form>
  );
}
