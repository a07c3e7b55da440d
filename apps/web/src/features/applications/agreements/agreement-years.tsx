import { agreementEditSchema, formatMoney, type Ore, todayInSweden } from '@samsyn/domain';
import { useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { numberColumn } from '../../../components/column-headers.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { KitForm } from '../../../components/form/kit-form.tsx';
import { MoneyField } from '../../../components/form/money-input.tsx';
import { SubmitButton } from '../../../components/form/submit-button.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';
import { Notice } from '../../../components/notice.tsx';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { type Agreement, type AgreementView, useAgreementInvalidation } from './agreement-shared.ts';
import { nextYear, yearsFormDefaults, yearsSumMessage } from './agreement-values.ts';

/** The commitment per year ("varav beviljat" on the budget page adds these up), its sum against the grant, and its edit. */
export function AgreementYears({ view, canEdit }: { view: AgreementView; canEdit: boolean }) {
  const { t } = useTranslation();
  const [isEditing, setIsEditing] = useState(false);
  const [notice, setNotice] = useState<Message | null>(null);
  const { agreement, checks } = view;
  if (!agreement || !checks) return null;
  const sum = agreement.years.reduce((total, row) => total + row.amountOre, 0);
  const message = yearsSumMessage(checks.yearsDifferenceOre);
  return (
    <section className="agreement-part">
      <h3>{t('agreements.years.heading')}</h3>
      <DataTable
        title={t('agreements.years.heading')}
        caption={<span className="visually-hidden">{t('agreements.years.heading')}</span>}
        columns={[t('agreements.years.year'), numberColumn(t('agreements.years.amount'))]}
        rows={agreement.years}
        rowKey={(row) => row.year}
        foot={
          <tr>
            <th scope="row">{t('agreements.years.sum')}</th>
            <td className="data-table__number">{formatMoney(sum as Ore)}</td>
          </tr>
        }
      >
        {(row) => (
          <>
            <th scope="row">{row.year}</th>
            <td className="data-table__number">{formatMoney(row.amountOre as Ore)}</td>
          </>
        )}
      </DataTable>
      <p>{t(message.key, 'values' in message ? message.values : {})}</p>
      {agreement.note ? <p>{agreement.note}</p> : null}
      <Notice message={notice} />
      {canEdit && agreement.status !== 'closed' ? (
        isEditing ? (
          <YearsForm
            agreement={agreement}
            onDone={(saved) => {
              setIsEditing(false);
              if (saved) setNotice({ key: 'agreements.years.saved' });
            }}
          />
        ) : (
          <button
            type="button"
            className="button button--secondary no-print"
            onClick={() => setIsEditing(true)}
          >
            {t('agreements.years.edit')}
          </button>
        )
      ) : null}
    </section>
  );
}

function YearsForm({ agreement, onDone }: { agreement: Agreement; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const defaults = yearsFormDefaults(agreement);
  const labels: Record<string, string> = { note: t('agreements.years.note') };
  const form = useSchemaForm({ schema: agreementEditSchema, defaultValues: defaults, labels });
  const rows = useFieldArray({ control: form.control, name: 'years' });
  // The year input holds text (the schema coerces it to a number).
  const values = form
    .watch('years')
    .map((row) => ({ year: String(row?.year ?? ''), amount: row?.amount ?? '' }));
  rows.fields.forEach((_, index) => {
    const year = values[index]?.year ?? '';
    labels[`years.${index}.year`] = t('agreements.years.yearLabel', { row: index + 1 });
    labels[`years.${index}.amount`] = t('agreements.years.amountLabel', { year });
  });
  const save = useApiMutation(trpc.agreements.update.mutationOptions(), {
    invalidates: useAgreementInvalidation(),
  });
  // The API reads the amounts as typed (kronor text), with the same schema the form just passed.
  const onSubmit = form.submit(async () => {
    if (save.isPending) return;
    await save.mutateAsync({
      tenant: tenant.slug,
      agreementId: agreement.id,
      expectedVersion: agreement.version,
      ...form.getValues(),
    });
    onDone(true);
  });
  return (
    <KitForm form={form} onSubmit={onSubmit} heading={t('agreements.years.formHeading')} className="no-print">
      {rows.fields.map((field, index) => (
        <fieldset key={field.id} className="agreement-year-row">
          <legend className="visually-hidden">{labels[`years.${index}.amount`]}</legend>
          <TextField form={form} name={`years.${index}.year`} inputMode="numeric" autoComplete="off" />
          <MoneyField form={form} name={`years.${index}.amount`} />
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => rows.remove(index)}
          >
            {t('agreements.years.removeYear', { year: values[index]?.year ?? '' })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--secondary"
        onClick={() =>
          rows.append({ year: nextYear(values, Number(todayInSweden().slice(0, 4))), amount: '0' })
        }
      >
        {t('agreements.years.addYear')}
      </button>
      <TextAreaField form={form} name="note" rows={3} />
      <div className="button-row">
        <SubmitButton label={t('agreements.years.save')} isPending={save.isPending} />
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          {t('agreements.years.cancel')}
        </button>
      </div>
    </KitForm>
  );
}
