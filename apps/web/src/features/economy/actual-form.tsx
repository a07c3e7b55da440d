import type { AppRouter } from '@samsyn/api';
import { actualSaveInputSchema } from '@samsyn/domain';
import type { inferRouterOutputs } from '@trpc/server';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { amountTextSchema, amountToText } from '../../components/form/amount-text.ts';
import { FormErrorSummary } from '../../components/form/form-error-summary.tsx';
import { FormField } from '../../components/form/form-field.tsx';
import { MoneyField } from '../../components/form/money-input.tsx';
import { useSchemaForm } from '../../components/form/use-schema-form.ts';
import type { Message } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { type MoneyUnit, useMoneyUnit } from './money-unit.ts';

type ActualsList = inferRouterOutputs<AppRouter>['economy']['actuals']['list'];
export type Actual = ActualsList['actuals'][number];

/** The entry form's schema: the API's, with the amount as typed and a blank note as none. */
export const actualFormSchema = (unit: MoneyUnit) =>
  actualSaveInputSchema.omit({ expectedVersion: true }).extend({
    amount: amountTextSchema({ unit, empty: 'required', allowNegative: true }),
    note: z
      .string()
      .transform((text) => (text.trim() === '' ? null : text.trim()))
      .pipe(actualSaveInputSchema.shape.note),
  });

/**
 * Enters one actual by hand, or changes the one chosen in the list. After a save the form is
 * empty again for the next figure, and the notice says what was saved.
 */
export function ActualForm({
  lines,
  editing,
  defaultPeriod,
  onSaved,
  onCancel,
}: {
  lines: ActualsList['lines'];
  editing: Actual | null;
  defaultPeriod: string;
  onSaved: (message: Message) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const titleId = useId();
  const shownUnit = useMoneyUnit();
  // The fields keep the unit they were filled in, even if the page's unit changes meanwhile.
  const [unit] = useState(shownUnit);
  const form = useSchemaForm({
    schema: actualFormSchema(unit),
    defaultValues: {
      period: editing?.period ?? defaultPeriod,
      lineCode: editing?.lineCode ?? '',
      amount: amountToText(editing?.amount ?? null, unit),
      note: editing?.note ?? '',
    },
    labels: {
      period: t('economy.actuals.period'),
      lineCode: t('economy.actuals.line'),
      amount: t('economy.actuals.amountIn', { unit }),
      note: t('economy.actuals.note'),
    },
  });
  const save = useApiMutation(trpc.economy.actuals.save.mutationOptions(), {
    invalidates: () => [trpc.economy.pathFilter()],
  });
  const onSubmit = form.submit(async (values) => {
    if (save.isPending) return;
    await save.mutateAsync({ tenant: tenant.slug, ...values, expectedVersion: editing?.version ?? null });
    const line = lines.find((row) => row.code === values.lineCode)?.name ?? values.lineCode;
    form.reset({ period: values.period, lineCode: '', amount: '', note: '' });
    onSaved({ key: 'economy.actuals.savedFor', values: { line, period: values.period } });
  });

  return (
    <form className="economy-form no-print" onSubmit={onSubmit} noValidate aria-labelledby={titleId}>
      <h2 id={titleId}>
        {editing
          ? t('economy.actuals.editing', { line: editing.lineName, period: editing.period })
          : t('economy.actuals.entryTitle')}
      </h2>
      <FormErrorSummary form={form} />
      <div className="economy-form__row">
        <FormField form={form} name="period" hint={t('economy.actuals.periodHint')}>
          {(control) => (
            <input
              {...control}
              {...form.register('period')}
              className="field__input field__input--short"
              readOnly={editing !== null}
            />
          )}
        </FormField>
        <FormField form={form} name="lineCode">
          {(control) => (
            <select
              {...control}
              {...form.register('lineCode')}
              className="field__input"
              disabled={editing !== null}
            >
              <option value="">{t('economy.actuals.chooseLine')}</option>
              {lines.map((line) => (
                <option key={line.code} value={line.code}>
                  {line.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <MoneyField form={form} name="amount" />
        <FormField form={form} name="note">
          {(control) => <input {...control} {...form.register('note')} className="field__input" />}
        </FormField>
      </div>
      <div className="economy-actions">
        <button type="submit" className="button button--primary" aria-disabled={save.isPending}>
          {save.isPending ? t('economy.common.saving') : t('economy.actuals.add')}
        </button>
        {editing ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('economy.common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
