import {
  activityFollowUpSchema,
  activityStatuses,
  followUpStatuses,
  goalFollowUpSchema,
  indicatorFollowUpSchema,
} from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/form/form-field.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenantSlug } from '../../tenant/use-tenant-slug.ts';
import { PlanPanelForm, planSubmit } from '../plan-panel-form.tsx';
import type { FollowUpActivity, FollowUpGoal, FollowUpIndicator } from './follow-up-shared.ts';

/** What each follow-up form is handed: the period, and what to do when done (with the notice to show). */
interface FormProps {
  period: string;
  onDone: (notice: Message | null) => void;
}

const useInvalidates = () => {
  const trpc = useTRPC();
  return () => [{ queryKey: trpc.planFollowUp.get.queryKey() }];
};

/**
 * An indicator's follow-up: the value of an entered indicator, the stated status of a judged or
 * entered one (empty: the value decides), and a comment.
 */
export function IndicatorFollowUpForm({
  indicator,
  period,
  onDone,
}: FormProps & { indicator: FollowUpIndicator }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const save = useApiMutation(trpc.planFollowUp.saveIndicator.mutationOptions(), {
    invalidates: useInvalidates(),
  });
  const isEntered = indicator.source === 'entered' && indicator.comparison !== 'judged';
  const canState = indicator.source === 'entered' || indicator.comparison === 'judged';
  const form = useSchemaForm({
    schema: indicatorFollowUpSchema,
    defaultValues: {
      enteredValue: indicator.enteredValue?.replace('.', ',') ?? '',
      statedStatus: indicator.statedStatus,
      comment: indicator.comment,
    },
    labels: {
      enteredValue: t('planFollowUp.forms.enteredValue'),
      statedStatus: t('planFollowUp.forms.statedStatus'),
      comment: t('planFollowUp.forms.comment'),
    },
  });
  const onSubmit = planSubmit(
    form,
    save,
    (values) => ({
      tenant: slug,
      indicatorId: indicator.id,
      period,
      ...values,
      expectedVersion: indicator.version,
    }),
    (error) => error,
    () => onDone({ key: 'planFollowUp.forms.savedIndicator' }),
  );
  return (
    <PlanPanelForm
      form={form}
      onSubmit={onSubmit}
      heading={t('planFollowUp.forms.indicatorTitle')}
      isPending={save.isPending}
      onCancel={() => onDone(null)}
      saveLabel={t('planFollowUp.forms.save')}
      intro={<p className="follow-up-form__subject">{indicator.text}</p>}
    >
      {isEntered ? (
        <TextField
          form={form}
          name="enteredValue"
          inputMode="decimal"
          autoComplete="off"
          hint={
            indicator.unit === 'percent'
              ? t('planFollowUp.forms.enteredValuePercentHint')
              : t('planFollowUp.forms.enteredValueHint')
          }
        />
      ) : null}
      {canState ? (
        <FormField
          form={form}
          name="statedStatus"
          hint={isEntered ? t('planFollowUp.forms.statedStatusHint') : undefined}
        >
          {(control) => (
            <select
              {...control}
              {...form.register('statedStatus', {
                setValueAs: (value: string | null) => (value ? value : null),
              })}
              className="field__input"
            >
              <option value="">
                {isEntered
                  ? t('planFollowUp.forms.statedStatusNone')
                  : t('planFollowUp.forms.statedStatusNoneJudged')}
              </option>
              {followUpStatuses.map((status) => (
                <option key={status} value={status}>
                  {t(`planFollowUp.status.${status}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      ) : null}
      <TextAreaField form={form} name="comment" rows={3} />
    </PlanPanelForm>
  );
}

/** An activity's status and comment for the period. */
export function ActivityFollowUpForm({
  activity,
  period,
  onDone,
}: FormProps & { activity: FollowUpActivity }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const save = useApiMutation(trpc.planFollowUp.saveActivity.mutationOptions(), {
    invalidates: useInvalidates(),
  });
  const form = useSchemaForm({
    schema: activityFollowUpSchema,
    defaultValues: { status: activity.status ?? 'ongoing', comment: activity.comment },
    labels: { status: t('planFollowUp.forms.activityStatus'), comment: t('planFollowUp.forms.comment') },
  });
  const onSubmit = planSubmit(
    form,
    save,
    (values) => ({
      tenant: slug,
      activityId: activity.id,
      period,
      ...values,
      expectedVersion: activity.version,
    }),
    (error) => error,
    () => onDone({ key: 'planFollowUp.forms.savedActivity' }),
  );
  return (
    <PlanPanelForm
      form={form}
      onSubmit={onSubmit}
      heading={t('planFollowUp.forms.activityTitle')}
      isPending={save.isPending}
      onCancel={() => onDone(null)}
      saveLabel={t('planFollowUp.forms.save')}
      intro={<p className="follow-up-form__subject">{activity.text}</p>}
    >
      <SelectField
        form={form}
        name="status"
        choices={activityStatuses.map((status) => ({
          value: status,
          label: t(`planFollowUp.activities.statuses.${status}`),
        }))}
      />
      <TextAreaField form={form} name="comment" rows={3} />
    </PlanPanelForm>
  );
}

/** The goal's summary for the period ("Mätning sker under hösten 2019."). */
export function GoalSummaryForm({ goal, period, onDone }: FormProps & { goal: FollowUpGoal }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const save = useApiMutation(trpc.planFollowUp.saveGoal.mutationOptions(), {
    invalidates: useInvalidates(),
  });
  const form = useSchemaForm({
    schema: goalFollowUpSchema,
    defaultValues: { comment: goal.summary.comment },
    labels: { comment: t('planFollowUp.forms.summary') },
  });
  const onSubmit = planSubmit(
    form,
    save,
    (values) => ({ tenant: slug, goalId: goal.id, period, ...values, expectedVersion: goal.summary.version }),
    (error) => error,
    () => onDone({ key: 'planFollowUp.forms.savedGoal' }),
  );
  return (
    <PlanPanelForm
      form={form}
      onSubmit={onSubmit}
      heading={t('planFollowUp.forms.goalTitle')}
      isPending={save.isPending}
      onCancel={() => onDone(null)}
      saveLabel={t('planFollowUp.forms.save')}
    >
      <TextAreaField form={form} name="comment" rows={3} />
    </PlanPanelForm>
  );
}
