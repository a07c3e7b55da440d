import { boardSeatRuleSchema, representsValue } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/form/select-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { OrganisationForm } from './organisation-form.tsx';
import {
  type Composition,
  representsChoices,
  type SeatRuleRecord,
  useOrganisationQueries,
} from './organisation-shared.ts';
import { representsText } from './organisation-text.ts';

/** Add (`rule` null) or change a seat rule of the förbundsordning. Admins. */
export function SeatRuleForm({
  rule,
  composition,
  onDone,
}: {
  rule: SeatRuleRecord | null;
  composition: Composition;
  onDone: (message: Message | null) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const firstBoard = composition.bodies.find((body) => body.kind === 'board') ?? composition.bodies[0];
  const form = useSchemaForm({
    schema: boardSeatRuleSchema,
    defaultValues: {
      bodyId: rule?.bodyId ?? firstBoard?.id ?? '',
      represents: rule ? representsValue(rule) : '',
      ordinarySeats: String(rule?.ordinarySeats ?? 1),
      substituteSeats: String(rule?.substituteSeats ?? 1),
      validFrom: rule?.validFrom ?? composition.date,
      validTo: rule?.validTo ?? '',
      source: rule?.source ?? '',
    },
    labels: {
      bodyId: t('boardOrganisation.rules.body'),
      represents: t('boardOrganisation.rules.represents'),
      ordinarySeats: t('boardOrganisation.rules.ordinary'),
      substituteSeats: t('boardOrganisation.rules.substitutes'),
      validFrom: t('boardOrganisation.rules.validFrom'),
      validTo: t('boardOrganisation.rules.validTo'),
      source: t('boardOrganisation.rules.source'),
    },
  });
  const save = useApiMutation(trpc.organisation.seatRules.save.mutationOptions(), {
    invalidates: useOrganisationQueries(),
  });
  const onSubmit = form.submit(async () => {
    if (save.isPending) return;
    await save.mutateAsync({
      tenant: tenant.slug,
      id: rule?.id ?? null,
      expectedVersion: rule?.version ?? null,
      ...form.getValues(),
    });
    onDone({ key: 'boardOrganisation.rules.saved' });
  });
  return (
    <OrganisationForm
      form={form}
      onSubmit={onSubmit}
      heading={
        rule === null
          ? t('boardOrganisation.rules.formHeadingNew')
          : t('boardOrganisation.rules.formHeadingEdit', { name: representsText(t, rule) })
      }
      isPending={save.isPending}
      onCancel={() => onDone(null)}
    >
      <SelectField
        form={form}
        name="bodyId"
        choices={composition.bodies.map((body) => ({ value: body.id, label: body.name }))}
      />
      <SelectField form={form} name="represents" choices={representsChoices(t, composition.members, false)} />
      <TextField form={form} name="ordinarySeats" inputMode="numeric" />
      <TextField form={form} name="substituteSeats" inputMode="numeric" />
      <TextField form={form} name="validFrom" type="date" />
      <TextField form={form} name="validTo" type="date" />
      <TextField form={form} name="source" hint={t('boardOrganisation.rules.sourceHint')} />
    </OrganisationForm>
  );
}
