import { formatMoney, type Ore } from '@samsyn/domain';
import { useQueryClient } from '@tanstack/react-query';
import { get } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../components/form/form-error-summary.tsx';
import { MoneyInput } from '../../../components/form/money-input.tsx';
import { SubmitButton } from '../../../components/form/submit-button.tsx';
import { fieldIdOf, type SchemaForm, useSchemaForm } from '../../../components/form/use-schema-form.ts';
import { issueMessageKey } from '../../../lib/error-message.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import {
  attendanceFormRows,
  attendanceFormSchema,
  choiceOf,
  type FormRow,
  feeAfterChoice,
  fromChoice,
  ordinarySeats,
  quorumMessage,
  quorumWhileTyping,
} from './attendance-form.ts';
import { AttendanceTableFrame, type AttendanceView, roleText } from './attendance-section.tsx';
import { seatName } from './seat-name.ts';

type Form = SchemaForm<{ rows: FormRow[] }, unknown>;

/**
 * The attendance as editors record it: one row per seat with its status in one select (present,
 * absent, or for a substitute "serving for" each member) and its fee, the quorum line following
 * every change. Saved whole, on the meeting's version; the saved quorum is announced.
 */
export function AttendanceForm({
  data,
  onSaved,
}: {
  data: AttendanceView;
  onSaved: (quorum: string) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const { meeting, seats } = data;
  const labels: Record<string, string> = {};
  seats.forEach((seat, index) => {
    labels[`rows.${index}.seatId`] = seatName(seat);
    labels[`rows.${index}.status`] = t('boardAttendance.section.statusFor', { name: seatName(seat) });
    labels[`rows.${index}.servingForSeatId`] = t('boardAttendance.section.statusFor', {
      name: seatName(seat),
    });
    labels[`rows.${index}.fee`] = t('boardAttendance.section.feeFor', { name: seatName(seat) });
  });
  const form = useSchemaForm({
    schema: attendanceFormSchema(seats),
    defaultValues: { rows: attendanceFormRows(seats, data.rows, meeting.defaultFeeOre) },
    labels,
  });
  const typed = form.watch('rows');
  const live = quorumMessage(quorumWhileTyping(meeting.quorumRule, seats, typed));
  const save = useApiMutation(trpc.meetingAttendance.save.mutationOptions(), {
    // The meeting's version moved on: the meeting page's own forms carry it too.
    invalidates: () => [trpc.meetingAttendance.pathFilter(), trpc.meetings.pathFilter()],
  });
  // The API reads the fees as typed (its schema is the form's), so it gets the typed rows.
  const onSubmit = form.submit(async () => {
    if (save.isPending) return;
    await save.mutateAsync({
      tenant: tenant.slug,
      meetingId: meeting.id,
      expectedVersion: meeting.version,
      rows: form.getValues('rows'),
    });
    onSaved(t(live.key, live.values));
  });
  const members = ordinarySeats(seats);
  return (
    <form className="attendance-form" onSubmit={onSubmit} noValidate>
      <p>{t('boardAttendance.section.intro')}</p>
      {meeting.defaultFeeOre > 0 ? (
        <p>
          {t('boardAttendance.section.defaultFee', { amount: formatMoney(meeting.defaultFeeOre as Ore) })}
        </p>
      ) : null}
      <FormErrorSummary form={form} />
      {form.formError?.key === 'errors.conflict.stale' ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void queryClient.invalidateQueries(trpc.meetingAttendance.pathFilter())}
        >
          {t('boardAttendance.section.reload')}
        </button>
      ) : null}
      <AttendanceTableFrame feeIsAmount={false}>
        <tbody>
          {seats.map((seat, index) => (
            <tr key={seat.seatId}>
              <th scope="row">{seatName(seat)}</th>
              <td>{roleText(t, seat)}</td>
              <td>
                <CellField
                  form={form}
                  name={`rows.${index}.status`}
                  alsoName={`rows.${index}.servingForSeatId`}
                >
                  {(control) => (
                    <select
                      {...control}
                      className="field__input"
                      value={choiceOf(typed[index] ?? { status: 'absent', servingForSeatId: null })}
                      onChange={(event) => {
                        const choice = fromChoice(event.target.value);
                        form.setValue(`rows.${index}.status`, choice.status, {
                          shouldValidate: form.formState.isSubmitted,
                        });
                        form.setValue(`rows.${index}.servingForSeatId`, choice.servingForSeatId, {
                          shouldValidate: form.formState.isSubmitted,
                        });
                        form.setValue(
                          `rows.${index}.fee`,
                          feeAfterChoice(
                            form.getValues(`rows.${index}.fee`) ?? '',
                            choice.status,
                            meeting.defaultFeeOre,
                          ),
                        );
                      }}
                    >
                      <option value="present">{t('boardAttendance.status.present')}</option>
                      <option value="absent">{t('boardAttendance.status.absent')}</option>
                      {seat.role === 'substitute'
                        ? members.map((member) => (
                            <option key={member.seatId} value={`serving:${member.seatId}`}>
                              {t('boardAttendance.status.serving', { name: seatName(member) })}
                            </option>
                          ))
                        : null}
                    </select>
                  )}
                </CellField>
              </td>
              <td>
                <CellField form={form} name={`rows.${index}.fee`}>
                  {(control) => <MoneyInput {...control} {...form.register(`rows.${index}.fee`)} />}
                </CellField>
              </td>
            </tr>
          ))}
        </tbody>
      </AttendanceTableFrame>
      <p className="attendance-quorum">
        <strong>{t(live.key, live.values)}</strong>
      </p>
      <SubmitButton label={t('boardAttendance.section.save')} isPending={save.isPending} />
    </form>
  );
}

/**
 * A field inside a table cell: the column header is its visible label, so the label here (which
 * names the person) is for screen readers; the error stays visible beside the control.
 */
function CellField({
  form,
  name,
  alsoName,
  children,
}: {
  form: Form;
  name: `rows.${number}.${'status' | 'fee'}`;
  /** A second path whose error belongs to the same control (whom a substitute serves for). */
  alsoName?: `rows.${number}.servingForSeatId`;
  children: (control: {
    id: string;
    'aria-describedby': string | undefined;
    'aria-invalid': true | undefined;
  }) => React.ReactNode;
}) {
  const { t } = useTranslation();
  const id = fieldIdOf(form.formId, name);
  const error = (get(form.formState.errors, name) ??
    (alsoName ? get(form.formState.errors, alsoName) : undefined)) as
    | { message?: string; type?: string }
    | undefined;
  return (
    <div className="attendance-cell">
      <label className="visually-hidden" htmlFor={id}>
        {form.labels[name]}
      </label>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {t(issueMessageKey(error.message, error.type))}
        </p>
      ) : null}
      {children({
        id,
        'aria-describedby': error ? `${id}-error` : undefined,
        'aria-invalid': error ? true : undefined,
      })}
    </div>
  );
}
