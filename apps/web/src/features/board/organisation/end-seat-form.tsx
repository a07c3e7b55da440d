import { endSeatSchema } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { KitForm } from '../../../components/form/kit-form.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { type SeatRecord, useOrganisationQueries } from './organisation-shared.ts';
import { SaveOrCancel } from './save-or-cancel.tsx';

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
    <KitForm
      form={form}
      onSubmit={onSubmit}
      className="organisation-panel"
      heading={t('boardOrganisation.endForm.heading', { name: seat.personName })}
    >
      <TextField form={form} name="toDate" type="date" hint={t('boardOrganisation.endForm.hint')} />
      <SaveOrCancel isPending={end.isPending} onCancel={() => onDone(null)} />
    </KitForm>
  );
}
