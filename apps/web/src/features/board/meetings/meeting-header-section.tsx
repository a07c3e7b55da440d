import { meetingHeaderSchema } from '@samsyn/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BusyButton } from '../../../components/busy-button.tsx';
import { ConfirmDeleteDialog } from '../../../components/confirm-delete-dialog.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';
import { ErrorNotice } from '../../../components/notice.tsx';
import { errorMessageOf } from '../../../lib/error-message.ts';
import { formatDate } from '../../../lib/format.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { MeetingPanelForm } from './meeting-panel-form.tsx';
import {
  type MeetingDetail,
  type MeetingSectionProps,
  meetingTimeText,
  useCanApproveMinutes,
} from './meeting-shared.ts';
import { MeetingWhenFields, meetingWhenLabels } from './meeting-when-fields.tsx';
import { useMeetingInvalidation } from './use-meeting-invalidation.ts';

/** The meeting's details (time, place, link, secretary, status) with its actions: edit, held, §, delete. */
export function MeetingHeaderSection({ meeting, isEditable, onNotice }: MeetingSectionProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const navigate = useNavigate();
  const isAdmin = useCanApproveMinutes();
  const invalidates = useMeetingInvalidation(meeting.id);
  const [isEditing, setIsEditing] = useState(false);
  const [isDeleting, setIsDeleting] = useState(false);
  const edit = { tenant: tenant.slug, meetingId: meeting.id, expectedVersion: meeting.version };
  const markHeld = useApiMutation(trpc.meetings.markHeld.mutationOptions(), { invalidates });
  const number = useApiMutation(trpc.meetings.numberParagraphs.mutationOptions(), { invalidates });
  const remove = useApiMutation(trpc.meetings.delete.mutationOptions(), {
    invalidates: () => [trpc.meetings.list.queryFilter()],
  });
  const failed = markHeld.error ?? number.error;
  const name = `${meeting.bodyName} ${formatDate(meeting.meetingDate)}`;
  return (
    <section aria-labelledby="meeting-details" className="meeting-section">
      <h2 id="meeting-details">{t('boardMeetings.meeting.details')}</h2>
      <dl className="meeting-facts">
        <dt>{t('boardMeetings.meeting.time')}</dt>
        <dd>{meetingTimeText(meeting) ?? t('boardMeetings.meeting.noTime')}</dd>
        <dt>{t('boardMeetings.meeting.place')}</dt>
        <dd>{meeting.place || t('boardMeetings.meeting.noPlace')}</dd>
        {meeting.onlineUrl ? (
          <>
            <dt>{t('boardMeetings.meeting.online')}</dt>
            <dd>
              <a href={meeting.onlineUrl}>{meeting.onlineUrl}</a>
            </dd>
          </>
        ) : null}
        <dt>{t('boardMeetings.meeting.secretary')}</dt>
        <dd>{meeting.secretary || t('boardMeetings.meeting.noSecretary')}</dd>
        <dt>{t('boardMeetings.meeting.status')}</dt>
        <dd>{t(`boardMeetings.status.${meeting.status}`)}</dd>
        {meeting.signatories.length > 0 ? (
          <>
            <dt>{t('boardMeetings.meeting.signedBy')}</dt>
            <dd>{meeting.signatories.map((signatory) => signatory.personName).join(', ')}</dd>
          </>
        ) : null}
      </dl>
      <ErrorNotice message={failed ? errorMessageOf(failed) : null} />
      {isEditing ? (
        <MeetingHeaderForm
          meeting={meeting}
          onDone={(saved) => {
            setIsEditing(false);
            if (saved) onNotice({ key: 'boardMeetings.meeting.saved' });
          }}
        />
      ) : isEditable ? (
        <div className="button-row no-print">
          <button type="button" className="button button--secondary" onClick={() => setIsEditing(true)}>
            {t('boardMeetings.meeting.edit')}
          </button>
          {meeting.status === 'planned' ? (
            <BusyButton
              isBusy={markHeld.isPending}
              onClick={() =>
                markHeld.mutate(edit, {
                  onSuccess: () => onNotice({ key: 'boardMeetings.meeting.markedHeld' }),
                })
              }
            >
              {t('boardMeetings.meeting.markHeld')}
            </BusyButton>
          ) : null}
          {meeting.items.length > 0 ? (
            <BusyButton
              isBusy={number.isPending}
              onClick={() =>
                number.mutate(edit, {
                  onSuccess: ({ paragraphs }) =>
                    onNotice({
                      key: 'boardMeetings.meeting.numbered',
                      values: {
                        first: paragraphs[0]?.paragraph ?? '',
                        last: paragraphs.at(-1)?.paragraph ?? '',
                      },
                    }),
                })
              }
            >
              {t('boardMeetings.meeting.numberParagraphs')}
            </BusyButton>
          ) : null}
          {isAdmin ? (
            <button type="button" className="button button--danger" onClick={() => setIsDeleting(true)}>
              {t('boardMeetings.meeting.delete')}
            </button>
          ) : null}
        </div>
      ) : null}
      <ConfirmDeleteDialog
        input={isDeleting ? edit : null}
        mutation={remove}
        onClose={() => setIsDeleting(false)}
        onDeleted={() =>
          navigate(`/f/${tenant.slug}/moten`, {
            state: { notice: { key: 'boardMeetings.meeting.deleted', values: { name } } },
          })
        }
        title={t('boardMeetings.meeting.deleteTitle')}
        confirmLabel={t('boardMeetings.meeting.delete')}
      >
        <p>{t('boardMeetings.meeting.deleteBody')}</p>
      </ConfirmDeleteDialog>
    </section>
  );
}

function MeetingHeaderForm({
  meeting,
  onDone,
}: {
  meeting: MeetingDetail;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const invalidates = useMeetingInvalidation(meeting.id);
  const form = useSchemaForm({
    schema: meetingHeaderSchema,
    defaultValues: {
      meetingDate: meeting.meetingDate,
      startsAt: meeting.startsAt ?? '',
      endsAt: meeting.endsAt ?? '',
      place: meeting.place,
      onlineUrl: meeting.onlineUrl,
      secretary: meeting.secretary,
    },
    labels: {
      ...meetingWhenLabels(t),
      onlineUrl: t('boardMeetings.field.onlineUrl'),
      secretary: t('boardMeetings.field.secretary'),
    },
  });
  const update = useApiMutation(trpc.meetings.update.mutationOptions(), { invalidates });
  return (
    <MeetingPanelForm
      form={form}
      save={update}
      toInput={(header) => ({
        tenant: tenant.slug,
        meetingId: meeting.id,
        expectedVersion: meeting.version,
        ...header,
      })}
      onDone={onDone}
      heading={t('boardMeetings.meeting.editTitle')}
      saveLabel={t('boardMeetings.meeting.save')}
    >
      <MeetingWhenFields form={form} />
      <TextField
        form={form}
        name="onlineUrl"
        type="url"
        autoComplete="off"
        hint={t('boardMeetings.field.onlineUrlHint')}
      />
      <TextField form={form} name="secretary" autoComplete="name" />
    </MeetingPanelForm>
  );
}
