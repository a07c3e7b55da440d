import type { AppRouter } from '@samsyn/api';
import { allocationKeys } from '@samsyn/domain';
import type { inferRouterOutputs } from '@trpc/server';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../components/form/form-error-summary.tsx';
import { SelectField } from '../../components/form/select-field.tsx';
import { SubmitButton } from '../../components/form/submit-button.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { useSchemaForm } from '../../components/form/use-schema-form.ts';
import { hasErrorCode } from '../../lib/api-error.ts';
import { errorMessageOf } from '../../lib/error-message.ts';
import type { Message } from '../../lib/message-key.ts';
import { formatPercentInput, settingsFormSchema } from './settings-form-schema.ts';
import type { useUpdateSettings } from './use-update-settings.ts';

type Settings = inferRouterOutputs<AppRouter>['settings']['get'];

const monthFormat = new Intl.DateTimeFormat('sv-SE', { month: 'long', timeZone: 'UTC' });
const monthName = (month: number) => monthFormat.format(new Date(Date.UTC(2000, month - 1, 1)));
const months = Array.from({ length: 12 }, (_, index) => index + 1);

/**
 * The förbund's general settings, on the form kit. The percent field holds text and the schema
 * hands over a number. After a save or a conflict the form is loaded again (the page keys it by
 * version), so it always edits the version it shows.
 */
export function SettingsForm({
  slug,
  saved,
  update,
  onConflict,
}: {
  slug: string;
  saved: Settings;
  update: ReturnType<typeof useUpdateSettings>;
  /** Someone else saved first: the page says so and loads their version into a new form. */
  onConflict: (message: Message | null) => void;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm({
    schema: settingsFormSchema,
    defaultValues: {
      name: saved.name,
      fiscalYearStartMonth: String(saved.fiscalYearStartMonth),
      equityGoalPercent: formatPercentInput(saved.equityGoalPercent),
      allocationKeyDefault: saved.allocationKeyDefault,
      shareNamedFigures: saved.shareNamedFigures,
    },
    labels: {
      name: t('administration.settings.name'),
      fiscalYearStartMonth: t('administration.settings.fiscalYearStart'),
      equityGoalPercent: t('administration.settings.equityGoal'),
      allocationKeyDefault: t('administration.settings.allocationKey'),
      shareNamedFigures: t('administration.settings.shareNamedFigures'),
    },
  });
  const onSubmit = form.submit(async (values) => {
    if (update.isPending) return;
    onConflict(null);
    try {
      await update.mutateAsync({ tenant: slug, ...values, expectedVersion: saved.version });
    } catch (error) {
      if (!hasErrorCode(error, 'CONFLICT')) throw error;
      onConflict(errorMessageOf(error));
    }
  });

  return (
    <>
      <FormErrorSummary form={form} />
      <form className="admin-form" noValidate onSubmit={onSubmit}>
        <TextField form={form} name="name" />
        <SelectField
          form={form}
          name="fiscalYearStartMonth"
          choices={months.map((option) => ({ value: String(option), label: monthName(option) }))}
        />
        <TextField
          form={form}
          name="equityGoalPercent"
          hint={t('administration.settings.equityGoalHint')}
          inputMode="decimal"
        />
        <fieldset>
          <legend>{t('administration.settings.allocationKey')}</legend>
          {allocationKeys.map((key) => (
            <label key={key} className="check">
              <input type="radio" value={key} {...form.register('allocationKeyDefault')} />
              <span>{t(`administration.settings.allocationKeys.${key}`)}</span>
            </label>
          ))}
        </fieldset>
        <label className="check">
          <input type="checkbox" {...form.register('shareNamedFigures')} />
          <span>{t('administration.settings.shareNamedFigures')}</span>
        </label>
        <SubmitButton label={t('administration.settings.save')} isPending={update.isPending} />
      </form>
    </>
  );
}
