import { approveMinutesSchema, todayInSweden } from '@samsyn/domain';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { PlanCheckboxes } from '../../plan/plan-checkboxes.tsx';
import { useTenant } from '../../tenant/use-tenant.ts';
import { MeetingPanelForm } from './meeting-panel-form.tsx';
import { type MeetingDetail, useCanApproveMinutes } from './meeting-shared.ts';
import { useMeetingInvalidation } from './use-meeting-invalidation.ts';

/**
 * "Justera protokollet" (admins): the date, the chair and the adjusters among the body's seats on
 * the meeting date, confirmed as irreversible; afterwards the meeting is read-only.
 */
export function ApproveSection({
  meeting,
  onNotice,
}: {
  meeting: MeetingDetail;
  onNotice: (message: Message | null) => void;
}) {
  const { t } = useTranslation();
  const isAdmin = useCanApproveMinutes();
  const [isOpen, setIsOpen] = useState(false);
  if (!isAdmin || meeting.status === 'approved') return null;
  return (
    <section aria-labelledby="meeting-approve" className="meeting-section no-print">
      <h2 id="meeting-approve">{t('boardMeetings.approve.heading')}</h2>
      <p>{t('boardMeetings.approve.intro')}</p>
      {meeting.status === 'planned' ? (
        <p>{t('boardMeetings.approve.notHeld')}</p>
      ) : meeting.seats.length === 0 ? (
        <p>{t('boardMeetings.approve.noSeats')}</p>
      ) : isOpen ? (
        <ApproveForm
          meeting={meeting}
          onDone={(approved) => {
            setIsOpen(false);
            if (approved) onNotice({ key: 'boardMeetings.approve.approved' });
          }}
        />
      ) : (
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            onNotice(null);
            setIsOpen(true);
          }}
        >
          {t('boardMeetings.approve.start')}
        </button>
      )}
    </section>
  );
}

function ApproveForm({ meeting, onDone }: { meeting: MeetingDetail; onDone: (approved: boolean) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const invalidates = useMeetingInvalidation(meeting.id);
  const approve = useApiMutation(trpc.meetings.approve.mutationOptions(), { invalidates });
  const [isConfirming, setIsConfirming] = useState(false);
  // The submit waits for the dialog's answer, so the API's refusals still land beside the fields.
  const answer = useRef<(confirmed: boolean) => void>(() => undefined);
  const chair = meeting.seats.find((seat) => seat.role === 'chair');
  const form = useSchemaForm({
    schema: approveMinutesSchema,
    defaultValues: { approvedOn: todayInSweden(), chairSeatId: chair?.seatId ?? '', adjusterSeatIds: [] },
    labels: {
      approvedOn: t('boardMeetings.approve.approvedOn'),
      chairSeatId: t('boardMeetings.approve.chairSeatId'),
      adjusterSeatIds: t('boardMeetings.approve.adjusterSeatIds'),
    },
  });
  const seatChoices = meeting.seats.map((seat) => ({
    value: seat.seatId,
    label: seat.party ? `${seat.personName} (${seat.party})` : seat.personName,
  }));
  const askToConfirm = async () => {
    const confirmed = await new Promise<boolean>((resolve) => {
      answer.current = resolve;
      setIsConfirming(true);
    });
    setIsConfirming(false);
    return confirmed;
  };
  return (
    <>
      <MeetingPanelForm
        form={form}
        save={approve}
        confirm={askToConfirm}
        toInput={(approval) => ({
          tenant: tenant.slug,
          meetingId: meeting.id,
          expectedVersion: meeting.version,
          ...approval,
        })}
        onDone={onDone}
        label={t('boardMeetings.approve.heading')}
        saveLabel={t('boardMeetings.approve.start')}
      >
        <TextField form={form} name="approvedOn" type="date" autoComplete="off" />
        <SelectField
          form={form}
          name="chairSeatId"
          choices={[{ value: '', label: t('boardMeetings.approve.choose') }, ...seatChoices]}
        />
        <PlanCheckboxes
          form={form}
          name="adjusterSeatIds"
          legend={t('boardMeetings.approve.adjusterSeatIds')}
          choices={seatChoices}
        />
      </MeetingPanelForm>
      <ConfirmDialog
        isOpen={isConfirming}
        tone="primary"
        title={t('boardMeetings.approve.confirmTitle')}
        confirmLabel={t('boardMeetings.approve.confirm')}
        onConfirm={() => answer.current(true)}
        onCancel={() => answer.current(false)}
      >
        <p>{t('boardMeetings.approve.confirmBody')}</p>
      </ConfirmDialog>
    </>
  );
}
