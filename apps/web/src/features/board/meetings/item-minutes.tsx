import { itemMinutesSchema } from '@samsyn/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { MeetingPanelForm } from './meeting-panel-form.tsx';
import type { AgendaItem, ItemPartProps } from './meeting-shared.ts';
import { useMeetingInvalidation } from './use-meeting-invalidation.ts';

/** An item's § and minutes: read, or (editors, until the minutes are approved) written in place. */
export function ItemMinutes({ meetingId, item, isEditable, onNotice }: ItemPartProps) {
  const { t } = useTranslation();
  const [isEditing, setIsEditing] = useState(false);
  return (
    <div className="meeting-item__part">
      <h4>{t('boardMeetings.minutes.heading')}</h4>
      {isEditing ? (
        <MinutesForm
          meetingId={meetingId}
          item={item}
          onDone={(saved) => {
            setIsEditing(false);
            if (saved) onNotice({ key: 'boardMeetings.minutes.saved', values: { name: item.title } });
          }}
        />
      ) : (
        <>
          <p className="meeting-item__minutes">{item.minutes || t('boardMeetings.minutes.none')}</p>
          {isEditable ? (
            <button
              type="button"
              className="button button--secondary plan-small-button no-print"
              aria-label={`${t('boardMeetings.minutes.heading')}: ${t('boardMeetings.agenda.editNamed', { name: item.title })}`}
              onClick={() => {
                onNotice(null);
                setIsEditing(true);
              }}
            >
              {t('boardMeetings.agenda.edit')}
            </button>
          ) : null}
        </>
      )}
    </div>
  );
}

function MinutesForm({
  meetingId,
  item,
  onDone,
}: {
  meetingId: string;
  item: AgendaItem;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const invalidates = useMeetingInvalidation(meetingId);
  const form = useSchemaForm({
    schema: itemMinutesSchema,
    defaultValues: {
      paragraph: item.paragraph === null ? '' : String(item.paragraph),
      minutes: item.minutes,
    },
    labels: { paragraph: t('boardMeetings.minutes.paragraph'), minutes: t('boardMeetings.minutes.minutes') },
  });
  const update = useApiMutation(trpc.meetings.items.update.mutationOptions(), { invalidates });
  return (
    <MeetingPanelForm
      form={form}
      save={update}
      toInput={(minutes) => ({
        tenant: tenant.slug,
        itemId: item.id,
        expectedVersion: item.version,
        title: item.title,
        description: item.description,
        concernsKind: item.concernsKind,
        concernsId: item.concernsId,
        ...minutes,
      })}
      onDone={onDone}
      label={t('boardMeetings.minutes.heading')}
      saveLabel={t('boardMeetings.minutes.save')}
    >
      <TextField
        form={form}
        name="paragraph"
        inputMode="numeric"
        autoComplete="off"
        hint={t('boardMeetings.minutes.paragraphHint')}
      />
      <TextAreaField form={form} name="minutes" rows={5} />
    </MeetingPanelForm>
  );
}
