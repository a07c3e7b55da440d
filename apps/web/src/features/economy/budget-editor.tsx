import { useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ColumnHeaders, hiddenColumn, numberColumn } from '../../components/column-headers.tsx';
import { FormErrorSummary } from '../../components/form/form-error-summary.tsx';
import { type SchemaForm, useSchemaForm } from '../../components/form/use-schema-form.ts';
import { ErrorNotice } from '../../components/notice.tsx';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { errorMessageOf } from '../../lib/error-message.ts';
import type { Message } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import {
  type BudgetFormValues,
  budgetAsTyped,
  budgetFormLinesOf,
  budgetFormSchema,
  emptyBudgetLine,
  yearsLabel,
} from './budget-form.ts';
import { BudgetLineRow } from './budget-line-row.tsx';
import type { BudgetView } from './budget-page.tsx';
import { BudgetTotals } from './budget-totals.tsx';
import { fillContributionLines, type PlannedContribution } from './contribution-lines.ts';
import { useMoneyUnit } from './money-unit.ts';
import { usePlannedContributions } from './use-planned-contributions.ts';

/** The labels the error summary names a budget's fields by: "Belopp 2020 för rad 3". */
function budgetLabels(
  t: (key: string, values?: Record<string, unknown>) => string,
  lineCount: number,
  years: readonly number[],
): Record<string, string> {
  const labels: Record<string, string> = { 'budget.lines': t('economy.budget.linesLabel') };
  for (let index = 0; index < lineCount; index += 1) {
    const number = index + 1;
    const path = `budget.lines.${index}`;
    labels[path] = t('economy.budget.lineLabel', { number });
    labels[`${path}.name`] = t('economy.budget.lineName', { number });
    labels[`${path}.kind`] = t('economy.budget.lineKind', { number });
    labels[`${path}.costKind`] = t('economy.budget.lineCostKind', { number });
    labels[`${path}.funderGroup`] = t('economy.budget.lineFunder', { number });
    labels[`${path}.group`] = t('economy.budget.lineGroup', { number });
    years.forEach((year, yearIndex) => {
      labels[`${path}.amounts.${yearIndex}`] = t('economy.budget.lineAmount', { year, number });
    });
  }
  return labels;
}

/**
 * The budget as an editable table: one row per line, one amount per year, totals that follow the
 * typing. The form's schema is the API's budget schema over the typed text, so the browser refuses
 * what the API would, each problem at its row and field.
 */
export function BudgetEditor({
  view,
  years,
  year,
  canEdit,
  onNotice,
  onReload,
}: {
  view: BudgetView;
  years: number[];
  year: number;
  canEdit: boolean;
  onNotice: (message: Message | null) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const shownUnit = useMoneyUnit();
  const [unit] = useState(shownUnit);
  const [version, setVersion] = useState(view.budget?.version ?? null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const plannedContributions = usePlannedContributions();
  const [fillProblem, setFillProblem] = useState<Message | null>(null);
  const labels: Record<string, string> = {};
  const form = useSchemaForm({
    schema: budgetFormSchema(unit, years),
    defaultValues: {
      budget: {
        lines: view.budget ? budgetFormLinesOf(view.budget.lines, unit) : [emptyBudgetLine(years.length)],
      },
    },
    labels,
  });
  const lines = useFieldArray({ control: form.control, name: 'budget.lines' });
  const typed = form.watch('budget.lines');
  Object.assign(labels, budgetLabels(t as never, typed.length, years));
  const save = useApiMutation(trpc.economy.budget.save.mutationOptions(), {
    // The commitments below the budget read its intervention-funds lines (issue 22).
    invalidates: () => [trpc.economy.pathFilter(), trpc.applicationReports.commitments.pathFilter()],
  });
  const onSubmit = form.submit(async (values) => {
    if (save.isPending || !canEdit) return;
    onNotice(null);
    const saved = await save.mutateAsync({ tenant: tenant.slug, ...values, expectedVersion: version });
    setVersion(saved.budget?.version ?? null);
    // The stored lines (with the codes new lines got) become the form's, so a later save matches them.
    if (saved.budget) form.reset({ budget: { lines: budgetFormLinesOf(saved.budget.lines, unit) } });
    onNotice({ key: 'economy.budget.saved' });
  });
  async function fillFromPlan() {
    onNotice(null);
    setFillProblem(null);
    let planned: PlannedContribution[];
    try {
      planned = await plannedContributions(years[0] ?? year);
    } catch (error) {
      setFillProblem(errorMessageOf(error));
      return;
    }
    if (planned.length === 0) {
      setFillProblem({ key: 'economy.budget.noContributionPlan', values: { year: years[0] ?? year } });
      return;
    }
    lines.replace(fillContributionLines(form.getValues('budget.lines'), planned, years.length, unit));
    onNotice({ key: 'economy.budget.filledFromContributions', values: { count: planned.length } });
  }
  const caption = t('economy.budget.tableCaption', {
    years: yearsLabel(years),
    amounts: t(`economy.common.amountsIn.${unit}`),
  });
  const isStale = form.formError?.key === 'errors.conflict.stale';

  return (
    <form onSubmit={onSubmit} noValidate aria-label={caption}>
      <FormErrorSummary form={form as SchemaForm<BudgetFormValues, unknown>} />
      {isStale ? (
        <button type="button" className="button button--secondary" onClick={onReload}>
          {t('economy.balances.reload')}
        </button>
      ) : null}
      {view.isPlanYear && view.budget ? (
        <p className="notice notice--info">
          {t('economy.budget.planYear', { year, first: years[0], last: years[years.length - 1] })}
        </p>
      ) : null}
      {!canEdit ? <p className="notice notice--info">{t('economy.common.readOnly')}</p> : null}
      {canEdit ? (
        // Before the table, so adding a line does not mean tabbing through every row first.
        <div className="economy-actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => lines.append(emptyBudgetLine(years.length))}
          >
            {t('economy.budget.addLine')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => void fillFromPlan()}>
            {t('economy.budget.fromContributions')}
          </button>
          <ErrorNotice message={fillProblem} />
        </div>
      ) : null}
      <ScrollRegion label={caption}>
        <table className="economy-table economy-table--editor">
          <caption>{caption}</caption>
          <ColumnHeaders
            columns={[
              t('economy.budget.name'),
              t('economy.budget.kind'),
              t('economy.budget.costKind'),
              t('economy.budget.funderGroup'),
              t('economy.budget.group'),
              ...years.map((year) => numberColumn(t('economy.budget.amountFor', { year }))),
              ...(canEdit ? [hiddenColumn(t('economy.common.remove'))] : []),
            ]}
          />
          <tbody>
            {lines.fields.map((field, index) => (
              <BudgetLineRow
                key={field.id}
                form={form as SchemaForm<BudgetFormValues, unknown>}
                index={index}
                years={years}
                canEdit={canEdit}
                isConfirmingRemoval={confirming === field.id}
                onRemove={() => setConfirming(field.id)}
                onConfirmRemoval={() => {
                  lines.remove(index);
                  setConfirming(null);
                }}
                onCancelRemoval={() => setConfirming(null)}
              />
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {canEdit ? (
        <div className="economy-actions">
          <button type="submit" className="button button--primary" aria-disabled={save.isPending}>
            {save.isPending ? t('economy.common.saving') : t('economy.common.save')}
          </button>
        </div>
      ) : null}
      <BudgetTotals budget={budgetAsTyped(typed, years, unit)} />
    </form>
  );
}
