import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { KitForm } from '../../../components/form/kit-form.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { SubmitButton } from '../../../components/form/submit-button.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';
import { Notice } from '../../../components/notice.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import type { DecisionDetail } from './decision-section.tsx';
import { toBoardFormSchema } from './decision-values.ts';

/** "Till styrelsen": an editor picks a planned or held meeting and adds an item about the application. */
export function ToBoardForm({ detail }: { detail: DecisionDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const [added, setAdded] = useState<{ meetingId: string; itemId: string } | null>(null);
  const form = useSchemaForm({
    schema: toBoardFormSchema,
    defaultValues: { meetingId: '', title: '' },
    labels: {
      meetingId: t('applicationDecision.toBoard.meeting'),
      title: t('applicationDecision.toBoard.title'),
    },
  });
  const save = useApiMutation(trpc.applicationDecision.toAgenda.mutationOptions(), {
    invalidates: () => [
      { queryKey: trpc.applicationDecision.pathKey() },
      { queryKey: trpc.meetings.pathKey() },
    ],
    success: () => ({ key: 'applicationDecision.toBoard.added' }),
  });
  const onSubmit = form.submit(async (values) => {
    if (save.isPending) return;
    const meeting = detail.openMeetings.find((candidate) => candidate.id === values.meetingId);
    const result = await save.mutateAsync({
      tenant: tenant.slug,
      applicationId: detail.applicationId,
      meetingId: values.meetingId,
      expectedVersion: meeting?.version ?? 0,
      title: values.title,
    });
    setAdded({ meetingId: result.meetingId, itemId: result.itemId });
    form.reset({ meetingId: '', title: '' });
  });
  if (detail.openMeetings.length === 0) return <p>{t('applicationDecision.toBoard.noMeetings')}</p>;
  return (
    <KitForm form={form} onSubmit={onSubmit} heading={t('applicationDecision.toBoard.heading')}>
      <SelectField
        form={form}
        name="meetingId"
        hint={t('applicationDecision.toBoard.meetingHint')}
        choices={[
          { value: '', label: t('applicationDecision.toBoard.choose') },
          ...detail.openMeetings.map((meeting) => ({
            value: meeting.id,
            label: t('applicationDecision.toBoard.meetingChoice', {
              body: meeting.bodyName,
              date: formatDate(meeting.meetingDate),
              status: t(`applicationDecision.toBoard.meetingStatus.${meeting.status}`),
            }),
          })),
        ]}
      />
      <TextField
        form={form}
        name="title"
        autoComplete="off"
        hint={t('applicationDecision.toBoard.titleHint', { title: detail.title })}
      />
      <SubmitButton label={t('applicationDecision.toBoard.add')} isPending={save.isPending} />
      <Notice message={save.notice} />
      {added && save.notice ? (
        <p>
          <Link to={`/f/${tenant.slug}/moten/${added.meetingId}#item-${added.itemId}-heading`}>
            {t('applicationDecision.toBoard.openMeeting')}
          </Link>
        </p>
      ) : null}
    </KitForm>
  );
}
