import type { AppRouter } from '@samsyn/api';
import { conflictDeclarationSchema } from '@samsyn/domain';
import type { inferRouterOutputs } from '@trpc/server';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../components/form/form-error-summary.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { SubmitButton } from '../../../components/form/submit-button.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { seatName } from './seat-name.ts';

type Detail = inferRouterOutputs<AppRouter>['meetingAttendance']['conflicts'];

/**
 * Declaring jäv on an item: who (a seat of the body on the meeting's date) and why, prefilled from
 * a suggestion. Takes focus when it opens; `onDone` gets the person's name once declared.
 */
export function ConflictForm({
  detail,
  draft,
  onDone,
}: {
  detail: Detail;
  draft: { seatId: string; reason: string };
  onDone: (declaredName: string | null) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const form = useSchemaForm({
    schema: conflictDeclarationSchema,
    defaultValues: draft,
    labels: {
      seatId: t('boardAttendance.conflicts.seat'),
      reason: t('boardAttendance.conflicts.reasonLabel'),
    },
  });
  const declare = useApiMutation(trpc.meetingAttendance.declare.mutationOptions(), {
    invalidates: () => [trpc.meetingAttendance.pathFilter(), trpc.meetings.pathFilter()],
  });
  useEffect(() => headingRef.current?.focus(), []);
  const declared = new Set(detail.declared.map((conflict) => conflict.seatId));
  const seats = detail.seats.filter((seat) => !declared.has(seat.seatId));
  const onSubmit = form.submit(async (values) => {
    if (declare.isPending) return;
    await declare.mutateAsync({
      tenant: tenant.slug,
      itemId: detail.item.id,
      expectedVersion: detail.item.version,
      ...values,
    });
    const seat = seats.find((candidate) => candidate.seatId === values.seatId);
    onDone(seat ? seatName(seat) : '');
  });
  return (
    <form className="conflict-form no-print" onSubmit={onSubmit} noValidate aria-labelledby={headingId}>
      <h5 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('boardAttendance.conflicts.formHeading')}
      </h5>
      <FormErrorSummary form={form} />
      <SelectField
        form={form}
        name="seatId"
        choices={[
          { value: '', label: t('boardAttendance.conflicts.chooseSeat') },
          ...seats.map((seat) => ({ value: seat.seatId, label: seatName(seat) })),
        ]}
      />
      <TextAreaField form={form} name="reason" rows={3} hint={t('boardAttendance.conflicts.reasonHint')} />
      <div className="button-row">
        <SubmitButton label={t('boardAttendance.conflicts.submit')} isPending={declare.isPending} />
        <button type="button" className="button button--secondary" onClick={() => onDone(null)}>
          {t('boardAttendance.conflicts.cancel')}
        </button>
      </div>
    </form>
  );
}
