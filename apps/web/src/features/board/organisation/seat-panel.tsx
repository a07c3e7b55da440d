import { boardSeatSchema, representsValue, seatRoles } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KitForm } from '../../../components/form/kit-form.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import {
  type BodyRecord,
  type Composition,
  representsChoices,
  type SeatRecord,
  useOrganisationQueries,
} from './organisation-shared.ts';
import { PersonForm } from './person-form.tsx';
import { SaveOrCancel } from './save-or-cancel.tsx';

/**
 * Add (`seat` null) or change a seat: the person (picked, or created on the spot with "Ny
 * person"), role, whom the seat represents, the calling order of a substitute and the term —
 * for a new seat the term running on the chosen date (1 April after an election, four years).
 */
export function SeatPanel({
  body,
  composition,
  seat,
  onDone,
}: {
  body: BodyRecord;
  composition: Composition;
  seat: SeatRecord | null;
  onDone: (message: Message | null) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const people = useQuery(trpc.organisation.people.list.queryOptions({ tenant: tenant.slug }));
  const [isAddingPerson, setIsAddingPerson] = useState(false);
  // A person just created is chosen once the refetched list offers them (a select cannot hold a
  // value it has no option for), and focus returns to the choice.
  const [createdPersonId, setCreatedPersonId] = useState<string | null>(null);
  const form = useSchemaForm({
    schema: boardSeatSchema,
    defaultValues: {
      bodyId: body.id,
      personId: seat?.personId ?? '',
      role: seat?.role ?? 'member',
      title: seat?.title ?? '',
      represents: seat ? representsValue(seat) : '',
      substituteOrder: seat?.substituteOrder === null || seat === null ? '' : String(seat.substituteOrder),
      fromDate: seat?.fromDate ?? composition.term.from,
      toDate: seat ? (seat.toDate ?? '') : composition.term.to,
      note: seat?.note ?? '',
    },
    labels: {
      personId: t('boardOrganisation.seatForm.person'),
      role: t('boardOrganisation.seatForm.role'),
      title: t('boardOrganisation.seatForm.title'),
      represents: t('boardOrganisation.seatForm.represents'),
      substituteOrder: t('boardOrganisation.seatForm.substituteOrder'),
      fromDate: t('boardOrganisation.seatForm.fromDate'),
      toDate: t('boardOrganisation.seatForm.toDate'),
      note: t('boardOrganisation.seatForm.note'),
    },
  });
  useEffect(() => {
    if (createdPersonId === null || !people.data?.some((person) => person.id === createdPersonId)) return;
    form.setValue('personId', createdPersonId, { shouldValidate: true });
    form.setFocus('personId');
    setCreatedPersonId(null);
  }, [createdPersonId, people.data, form]);
  const save = useApiMutation(trpc.organisation.seats.save.mutationOptions(), {
    invalidates: useOrganisationQueries(),
  });
  const onSubmit = form.submit(async () => {
    if (save.isPending) return;
    await save.mutateAsync({
      tenant: tenant.slug,
      id: seat?.seatId ?? null,
      expectedVersion: seat?.version ?? null,
      ...form.getValues(),
    });
    onDone({ key: 'boardOrganisation.seats.saved' });
  });
  const personChoices = [
    { value: '', label: t('boardOrganisation.seatForm.choosePerson') },
    ...(people.data ?? []).map((person) => ({
      value: person.id,
      label: person.party === '' ? person.name : `${person.name} (${person.party})`,
    })),
  ];
  const heading =
    seat === null
      ? t('boardOrganisation.seatForm.addHeading', { body: body.name })
      : t('boardOrganisation.seatForm.editHeading', { name: seat.personName });
  return (
    <div className="organisation-panel">
      <KitForm form={form} onSubmit={onSubmit} heading={heading}>
        <SelectField
          form={form}
          name="personId"
          choices={personChoices}
          hint={t('boardOrganisation.seatForm.personHint')}
        />
        {isAddingPerson ? null : (
          <p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setIsAddingPerson(true)}
            >
              {t('boardOrganisation.seatForm.newPerson')}
            </button>
          </p>
        )}
        <SelectField
          form={form}
          name="role"
          choices={seatRoles.map((role) => ({ value: role, label: t(`boardOrganisation.roles.${role}`) }))}
        />
        <SelectField
          form={form}
          name="represents"
          choices={representsChoices(t, composition.members, true)}
        />
        <TextField
          form={form}
          name="substituteOrder"
          inputMode="numeric"
          hint={t('boardOrganisation.seatForm.substituteOrderHint')}
        />
        <TextField
          form={form}
          name="fromDate"
          type="date"
          hint={t('boardOrganisation.seatForm.dateHint', {
            from: composition.term.from,
            to: composition.term.to,
          })}
        />
        <TextField form={form} name="toDate" type="date" hint={t('boardOrganisation.seatForm.toDateHint')} />
        <TextField form={form} name="title" hint={t('boardOrganisation.seatForm.titleHint')} />
        <TextAreaField form={form} name="note" rows={2} />
        <SaveOrCancel isPending={save.isPending} onCancel={() => onDone(null)} />
      </KitForm>
      {isAddingPerson ? (
        <PersonForm
          person={null}
          onDone={(_message, saved) => {
            setIsAddingPerson(false);
            if (saved) setCreatedPersonId(saved.id);
            else form.setFocus('personId');
          }}
        />
      ) : null}
    </div>
  );
}
