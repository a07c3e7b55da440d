import { createMeetingSchema, todayInSweden } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { KitForm } from '../../../components/form/kit-form.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';
import { formatDate } from '../../../lib/format.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { SaveOrCancel } from '../../plan/plan-form-parts.tsx';
import { useTenant } from '../../tenant/use-tenant.ts';
import type { MeetingList } from './meeting-shared.ts';

/** "Nytt möte": the body, the date, the times and the place; the agenda is added on the meeting's page. */
export function NewMeetingForm({
  bodies,
  onCancel,
}: {
  bodies: MeetingList['bodies'];
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const navigate = useNavigate();
  const form = useSchemaForm({
    schema: createMeetingSchema,
    defaultValues: {
      bodyId: bodies[0]?.id ?? '',
      meetingDate: todayInSweden(),
      startsAt: '',
      endsAt: '',
      place: '',
      onlineUrl: '',
      secretary: '',
    },
    labels: {
      bodyId: t('boardMeetings.field.bodyId'),
      meetingDate: t('boardMeetings.field.meetingDate'),
      startsAt: t('boardMeetings.field.startsAt'),
      endsAt: t('boardMeetings.field.endsAt'),
      place: t('boardMeetings.field.place'),
    },
  });
  const create = useApiMutation(trpc.meetings.create.mutationOptions(), {
    invalidates: () => [trpc.meetings.list.queryFilter()],
  });
  const onSubmit = form.submit(async (meeting) => {
    if (create.isPending) return;
    const created = await create.mutateAsync({ tenant: tenant.slug, ...meeting });
    const body = bodies.find((entry) => entry.id === meeting.bodyId)?.name ?? '';
    navigate(`/f/${tenant.slug}/moten/${created.id}`, {
      state: {
        notice: {
          key: 'boardMeetings.list.created',
          values: { name: `${body} ${formatDate(meeting.meetingDate)}` },
        },
      },
    });
  });
  return (
    <KitForm
      form={form}
      onSubmit={onSubmit}
      className="meeting-panel"
      heading={t('boardMeetings.list.newMeetingTitle')}
    >
      <SelectField
        form={form}
        name="bodyId"
        choices={bodies.map((body) => ({ value: body.id, label: body.name }))}
      />
      <TextField form={form} name="meetingDate" type="date" autoComplete="off" />
      <div className="meeting-times">
        <TextField
          form={form}
          name="startsAt"
          type="time"
          autoComplete="off"
          hint={t('boardMeetings.field.timeHint')}
        />
        <TextField form={form} name="endsAt" type="time" autoComplete="off" />
      </div>
      <TextField form={form} name="place" autoComplete="off" />
      <SaveOrCancel isPending={create.isPending} onCancel={onCancel} label={t('boardMeetings.list.create')} />
    </KitForm>
  );
}
