import type { AppRouter } from '@samsyn/api';
import { balanceSections, balanceSheet } from '@samsyn/domain';
import type { inferRouterOutputs } from '@trpc/server';
import { useId, useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ColumnHeaders, hiddenColumn, numberColumn } from '../../components/column-headers.tsx';
import { amountToText } from '../../components/form/amount-text.ts';
import { FormErrorSummary } from '../../components/form/form-error-summary.tsx';
import { SubmitButton } from '../../components/form/submit-button.tsx';
import { useSchemaForm } from '../../components/form/use-schema-form.ts';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { formatDate } from '../../lib/format.ts';
import type { MessageKey } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { type BalanceFormLine, balanceLinesOf, balancesFormSchema } from './balances-form.ts';
import { CellInput, CellMoney, CellSelect } from './cell-controls.tsx';
import { formatAmount, useMoneyUnit } from './money-unit.ts';
import { UnitNote } from './unit-note.tsx';

type BalancesView = NonNullable<inferRouterOutputs<AppRouter>['economy']['balances']['get']>;

/** The lines a förbund's balance sheet usually has (Gävleborg's), offered for a new date. */
const templateLines: { name: MessageKey; section: BalanceFormLine['section']; code: string }[] = [
  { code: 'receivables', name: 'economy.balances.template.receivables', section: 'currentAssets' },
  { code: 'cash-and-bank', name: 'economy.balances.template.cashAndBank', section: 'currentAssets' },
  { code: 'equity', name: 'economy.balances.template.equity', section: 'equity' },
  {
    code: 'current-liabilities',
    name: 'economy.balances.template.currentLiabilities',
    section: 'currentLiabilities',
  },
  { code: 'accrued-costs', name: 'economy.balances.template.accruedCosts', section: 'currentLiabilities' },
];

/** The balances for a date as an editable table, with the balance check following every keystroke. */
export function BalancesEditor({
  date,
  view,
  canEdit,
  onSaved,
  onReload,
  onEdit,
}: {
  date: string;
  view: BalancesView | null;
  canEdit: boolean;
  onSaved: () => void;
  onReload: () => void;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const shownUnit = useMoneyUnit();
  const [unit] = useState(shownUnit);
  const captionId = useId();
  const [version, setVersion] = useState(view?.version ?? null);
  const formLinesOf = (saved: BalancesView['lines']): BalanceFormLine[] =>
    saved.map((line) => ({
      code: line.code,
      name: line.name,
      section: line.section,
      note: line.note === undefined || line.note === null ? '' : String(line.note),
      amount: amountToText(line.amount, unit),
    }));
  const initial: BalanceFormLine[] = view
    ? formLinesOf(view.lines)
    : templateLines.map((line) => ({
        code: line.code,
        name: t(line.name),
        section: line.section,
        note: '',
        amount: '',
      }));
  // Filled below, once the lines as typed are known: the summary names "Belopp för rad 3".
  const labels: Record<string, string> = { lines: t('economy.balances.linesLabel') };
  const form = useSchemaForm({ schema: balancesFormSchema(unit), defaultValues: { lines: initial }, labels });
  const lines = useFieldArray({ control: form.control, name: 'lines' });
  const save = useApiMutation(trpc.economy.balances.save.mutationOptions(), {
    invalidates: () => [trpc.economy.pathFilter()],
  });
  const typed = form.watch('lines');
  typed.forEach((_, index) => {
    const number = index + 1;
    labels[`lines.${index}.name`] = t('economy.balances.lineName', { number });
    labels[`lines.${index}.section`] = t('economy.balances.lineSection', { number });
    labels[`lines.${index}.note`] = t('economy.balances.lineNote', { number });
    labels[`lines.${index}.amount`] = t('economy.balances.lineAmount', { number });
  });
  const sheet = balanceSheet({ date, lines: balanceLinesOf(typed, unit) });
  const onSubmit = form.submit(async (values) => {
    if (save.isPending || !canEdit) return;
    const saved = await save.mutateAsync({ tenant: tenant.slug, date, ...values, expectedVersion: version });
    setVersion(saved.version);
    form.reset({ lines: formLinesOf(saved.lines) });
    onSaved();
  });
  const checkText = sheet.isBalanced
    ? t('economy.reports.balanced')
    : t('economy.reports.notBalanced', {
        side:
          sheet.largerSide === 'assets' ? t('economy.reports.sideAssets') : t('economy.reports.sideEquity'),
        amount: formatAmount(Math.abs(sheet.difference), shownUnit),
      });
  const caption = t('economy.balances.tableCaptionShort', { date: formatDate(date) });

  return (
    <form onSubmit={onSubmit} onChange={onEdit} noValidate aria-labelledby={captionId}>
      <FormErrorSummary form={form} />
      {form.formError?.key === 'errors.conflict.stale' ? (
        <button type="button" className="button button--secondary" onClick={onReload}>
          {t('economy.balances.reload')}
        </button>
      ) : null}
      {version === null ? (
        <p className="notice notice--info">{t('economy.balances.none', { date: formatDate(date) })}</p>
      ) : null}
      {!canEdit ? <p className="notice notice--info">{t('economy.common.readOnly')}</p> : null}
      <ScrollRegion label={caption}>
        <table className="economy-table economy-table--editor">
          <caption id={captionId}>
            {caption}
            {`, ${t(`economy.common.amountsIn.${unit}`)}`}
          </caption>
          <ColumnHeaders
            columns={[
              t('economy.balances.name'),
              t('economy.balances.section'),
              t('economy.reports.note'),
              numberColumn(t('economy.balances.amountIn', { unit })),
              ...(canEdit ? [hiddenColumn(t('economy.common.remove'))] : []),
            ]}
          />
          <tbody>
            {lines.fields.map((field, index) => (
              <tr key={field.id}>
                <td>
                  <CellInput form={form} name={`lines.${index}.name`} canEdit={canEdit} />
                </td>
                <td>
                  <CellSelect
                    form={form}
                    name={`lines.${index}.section`}
                    canEdit={canEdit}
                    choices={balanceSections.map((section) => ({
                      value: section,
                      label: t(`economy.reports.sections.${section}`),
                    }))}
                  />
                </td>
                <td>
                  <CellInput
                    form={form}
                    name={`lines.${index}.note`}
                    canEdit={canEdit}
                    isShort
                    inputMode="numeric"
                  />
                </td>
                <td className="num">
                  <CellMoney form={form} name={`lines.${index}.amount`} canEdit={canEdit} />
                </td>
                {canEdit ? (
                  <td>
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => {
                        onEdit();
                        lines.remove(index);
                      }}
                    >
                      {t('economy.balances.removeLine', { number: index + 1 })}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {canEdit ? (
        <div className="economy-actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              lines.append({ code: '', name: '', section: 'currentAssets', note: '', amount: '' });
            }}
          >
            {t('economy.balances.addLine')}
          </button>
          <SubmitButton
            label={t('economy.common.save')}
            isPending={save.isPending}
            pendingLabel={t('economy.common.saving')}
          />
        </div>
      ) : null}

      <section aria-labelledby={`${captionId}-check`}>
        <h2 id={`${captionId}-check`}>{t('economy.balances.checkTitle')}</h2>
        <p className={`notice ${sheet.isBalanced ? 'notice--success' : 'notice--error'}`} role="status">
          {checkText}
        </p>
        <ScrollRegion label={t('economy.balances.checkCaption')}>
          <table className="economy-table">
            <caption>
              {t('economy.balances.checkCaption')}
              <UnitNote />
            </caption>
            <tbody>
              {balanceSections.map((section) => (
                <tr key={section}>
                  <th scope="row">{t(`economy.reports.sections.${section}`)}</th>
                  <td className="num">{formatAmount(sheet.sections[section], shownUnit)}</td>
                </tr>
              ))}
              <tr className="economy-report__total">
                <th scope="row">{t('economy.reports.totalAssets')}</th>
                <td className="num">{formatAmount(sheet.totalAssets, shownUnit)}</td>
              </tr>
              <tr className="economy-report__total">
                <th scope="row">{t('economy.reports.totalEquityAndLiabilities')}</th>
                <td className="num">{formatAmount(sheet.totalEquityAndLiabilities, shownUnit)}</td>
              </tr>
              <tr className="economy-report__total">
                <th scope="row">{t('economy.balances.difference')}</th>
                <td className="num">{formatAmount(sheet.difference, shownUnit)}</td>
              </tr>
            </tbody>
          </table>
        </ScrollRegion>
      </section>
    </form>
  );
}
