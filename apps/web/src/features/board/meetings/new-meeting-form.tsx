import { createMeetingSchema, todayInSweden } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { KitForm } from '../../../components/form/kit-form.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';
import { formatDate } from '../../../lib/format.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { SaveOrCancel } from '../../plan/plan-form-parts.tsx';
import { useTenant } from '../../tenant/use-tenant.ts';
import type { MeetingList } from './meeting-shared.ts';
import { MeetingWhenFields, meetingWhenLabels } from './meeting-when-fields.tsx';

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
      ...meetingWhenLabels(t),
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
      <MeetingWhenFields form={form} />
      <SaveOrCancel isPending={create.isPending} onCancel={onCancel} label={t('boardMeetings.list.create')} />
    </KitForm>
  );
}
