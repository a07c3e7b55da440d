import { endSeatSchema } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form/text-field.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { OrganisationForm } from './organisation-form.tsx';
import { type SeatRecord, useOrganisationQueries } from './organisation-shared.ts';

/** "Avsluta": the seat's last day (the chosen date by default); the seat stays in the history. */
export function EndSeatForm({
  seat,
  date,
  onDone,
}: {
  seat: SeatRecord;
  date: string;
  onDone: (message: Message | null) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const form = useSchemaForm({
    schema: endSeatSchema,
    defaultValues: { toDate: seat.toDate !== null && seat.toDate < date ? seat.toDate : date },
    labels: { toDate: t('boardOrganisation.endForm.toDate') },
  });
  const end = useApiMutation(trpc.organisation.seats.end.mutationOptions(), {
    invalidates: useOrganisationQueries(),
  });
  const onSubmit = form.submit(async ({ toDate }) => {
    if (end.isPending) return;
    await end.mutateAsync({
      tenant: tenant.slug,
      seatId: seat.seatId,
      expectedVersion: seat.version,
      toDate,
    });
    onDone({ key: 'boardOrganisation.seats.ended' });
  });
  return (
    <OrganisationForm
      form={form}
      onSubmit={onSubmit}
      heading={t('boardOrganisation.endForm.heading', { name: seat.personName })}
      isPending={end.isPending}
      onCancel={() => onDone(null)}
    >
      <TextField form={form} name="toDate" type="date" hint={t('boardOrganisation.endForm.hint')} />
    </OrganisationForm>
  );
}
