import type { TFunction } from 'i18next';
import type { FieldValues, Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form/text-field.tsx';
import type { SchemaForm } from '../../../components/form/use-schema-form.ts';

/** The fields a new meeting and an edited meeting header share: its date, its times and its place. */
type WhenKey = 'meetingDate' | 'startsAt' | 'endsAt' | 'place';

/** The shared fields' labels, spread into each form's `labels`. */
export function meetingWhenLabels(t: TFunction): Record<WhenKey, string> {
  return {
    meetingDate: t('boardMeetings.field.meetingDate'),
    startsAt: t('boardMeetings.field.startsAt'),
    endsAt: t('boardMeetings.field.endsAt'),
    place: t('boardMeetings.field.place'),
  };
}

/** Date, start and end time side by side, and place; both schemas check them with the same rules. */
export function MeetingWhenFields<Values extends FieldValues & Record<WhenKey, unknown>, Parsed>({
  form,
}: {
  form: SchemaForm<Values, Parsed>;
}) {
  const { t } = useTranslation();
  // Every form given here has these keys (the constraint says so), which TypeScript cannot see
  // through react-hook-form's Path of a generic type.
  const name = (key: WhenKey) => key as Path<Values>;
  return (
    <>
      <TextField form={form} name={name('meetingDate')} type="date" autoComplete="off" />
      <div className="meeting-times">
        <TextField
          form={form}
          name={name('startsAt')}
          type="time"
          autoComplete="off"
          hint={t('boardMeetings.field.timeHint')}
        />
        <TextField form={form} name={name('endsAt')} type="time" autoComplete="off" />
      </div>
      <TextField form={form} name={name('place')} autoComplete="off" />
    </>
  );
}
