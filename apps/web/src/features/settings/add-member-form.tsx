import { listMunicipalitiesInCounty, memberKinds } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/form/form-field.tsx';
import { KitForm } from '../../components/form/kit-form.tsx';
import { SelectField } from '../../components/form/select-field.tsx';
import { SubmitButton } from '../../components/form/submit-button.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { useSchemaForm } from '../../components/form/use-schema-form.ts';
import type { Message } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { byName } from '../platform/sort-names.ts';
import type { TenantOverview } from '../tenant/member-groups.ts';
import { addMemberFormSchema, OTHER_MUNICIPALITY } from './add-member-schema.ts';

/** Adds a member: a municipality of the county from the list, or any member by name. Förbund admins. */
export function AddMemberForm({
  tenant,
  onAdded,
}: {
  tenant: TenantOverview;
  onAdded: (notice: Message) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const countyMunicipalities = byName(tenant.countyCode ? listMunicipalitiesInCounty(tenant.countyCode) : []);
  const defaults = {
    kind: 'municipality' as const,
    municipalityCode: countyMunicipalities[0]?.code ?? OTHER_MUNICIPALITY,
    name: '',
    officialCode: '',
    joinedOn: '',
  };
  const form = useSchemaForm({
    schema: addMemberFormSchema,
    defaultValues: defaults,
    labels: {
      kind: t('administration.members.kind'),
      municipalityCode: t('administration.members.municipality'),
      name: t('administration.members.name'),
      officialCode: t('administration.members.codeOptional'),
      joinedOn: t('administration.members.joinedOptional'),
    },
  });
  const add = useApiMutation(trpc.members.add.mutationOptions(), {
    invalidates: () => [trpc.tenant.get.queryFilter({ tenant: tenant.slug })],
  });
  const kind = form.watch('kind');
  const isFromList = kind === 'municipality' && form.watch('municipalityCode') !== OTHER_MUNICIPALITY;

  const onSubmit = form.submit(async (values) => {
    if (add.isPending) return;
    const member = await add.mutateAsync({ tenant: tenant.slug, ...values });
    onAdded({ key: 'administration.members.added', values: { name: member.name } });
    form.reset({ ...defaults, kind: values.kind });
  });

  return (
    <KitForm
      form={form}
      onSubmit={onSubmit}
      className="admin-form"
      heading={t('administration.members.addTitle')}
    >
      <SelectField
        form={form}
        name="kind"
        choices={memberKinds.map((option) => ({
          value: option,
          label: t(`administration.members.kinds.${option}`),
        }))}
      />
      {kind === 'municipality' ? (
        <FormField form={form} name="municipalityCode">
          {(control) => (
            <select {...control} {...form.register('municipalityCode')} className="field__input">
              {countyMunicipalities.map((municipality) => (
                <option key={municipality.code} value={municipality.code}>
                  {municipality.memberName}
                </option>
              ))}
              <option value={OTHER_MUNICIPALITY}>{t('administration.members.otherMunicipality')}</option>
            </select>
          )}
        </FormField>
      ) : null}
      {isFromList ? null : (
        <>
          <TextField form={form} name="name" />
          <TextField form={form} name="officialCode" inputMode="numeric" />
        </>
      )}
      <TextField form={form} name="joinedOn" type="date" />
      <SubmitButton label={t('administration.members.add')} isPending={add.isPending} />
    </KitForm>
  );
}
