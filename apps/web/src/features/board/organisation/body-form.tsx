import { boardBodySchema, bodyKinds, quorumRules } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/form/select-field.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { OrganisationForm } from './organisation-form.tsx';
import { type BodyRecord, useOrganisationQueries } from './organisation-shared.ts';

/** Öre as the kronor a person types ("1 500"): whole kronor without decimals, else with a comma. */
const kronorText = (ore: number) =>
  ore % 100 === 0 ? String(ore / 100) : (ore / 100).toFixed(2).replace('.', ',');

/** Add (`body` null) or change a body. Admins. */
export function BodyForm({
  body,
  onDone,
}: {
  body: BodyRecord | null;
  onDone: (message: Message | null) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const form = useSchemaForm({
    schema: boardBodySchema,
    defaultValues: {
      kind: body?.kind ?? 'board',
      name: body?.name ?? '',
      description: body?.description ?? '',
      quorumRule: body?.quorumRule ?? 'half',
      quorumCount: body?.quorumCount === null || body === null ? '' : String(body.quorumCount),
      meetingFee: kronorText(body?.meetingFeeOre ?? 0),
      feeLineCode: body?.feeLineCode ?? '',
    },
    labels: {
      kind: t('boardOrganisation.bodies.kind'),
      name: t('boardOrganisation.bodies.name'),
      description: t('boardOrganisation.bodies.description'),
      quorumRule: t('boardOrganisation.bodies.quorumRule'),
      quorumCount: t('boardOrganisation.bodies.quorumCount'),
      meetingFee: t('boardOrganisation.bodies.meetingFee'),
      feeLineCode: t('boardOrganisation.bodies.feeLineCode'),
    },
  });
  const save = useApiMutation(trpc.organisation.bodies.save.mutationOptions(), {
    invalidates: useOrganisationQueries(),
  });
  const onSubmit = form.submit(async () => {
    if (save.isPending) return;
    // The API parses what was typed, as the form just did (kronor text, '' for none).
    await save.mutateAsync({
      tenant: tenant.slug,
      id: body?.id ?? null,
      expectedVersion: body?.version ?? null,
      ...form.getValues(),
    });
    onDone({ key: 'boardOrganisation.bodies.saved' });
  });
  return (
    <OrganisationForm
      form={form}
      onSubmit={onSubmit}
      heading={
        body === null
          ? t('boardOrganisation.bodies.formHeadingNew')
          : t('boardOrganisation.bodies.formHeadingEdit', { name: body.name })
      }
      isPending={save.isPending}
      onCancel={() => onDone(null)}
    >
      <SelectField
        form={form}
        name="kind"
        choices={bodyKinds.map((kind) => ({ value: kind, label: t(`boardOrganisation.bodyKinds.${kind}`) }))}
      />
      <TextField form={form} name="name" autoComplete="off" />
      <TextAreaField form={form} name="description" rows={3} />
      <SelectField
        form={form}
        name="quorumRule"
        choices={quorumRules.map((rule) => ({
          value: rule,
          label: t(`boardOrganisation.quorumRules.${rule}`),
        }))}
      />
      <TextField
        form={form}
        name="quorumCount"
        inputMode="numeric"
        hint={t('boardOrganisation.bodies.quorumCountHint')}
      />
      <TextField form={form} name="meetingFee" inputMode="decimal" />
      <TextField form={form} name="feeLineCode" hint={t('boardOrganisation.bodies.feeLineCodeHint')} />
    </OrganisationForm>
  );
}
