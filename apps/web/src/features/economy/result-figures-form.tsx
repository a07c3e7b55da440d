import type { AppRouter } from '@samsyn/api';
import { resultFiguresSaveInputSchema } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { amountTextSchema, amountToText } from '../../components/form/amount-text.ts';
import { KitForm } from '../../components/form/kit-form.tsx';
import { MoneyField } from '../../components/form/money-input.tsx';
import { useSchemaForm } from '../../components/form/use-schema-form.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { ClosingSave, ClosingSection, type ClosingSectionProps } from './closing-section.tsx';
import { ConflictReload } from './conflict-reload.tsx';
import { type MoneyUnit, useMoneyUnit } from './money-unit.ts';
import type { MonthKey } from './year-picker.tsx';

type ResultFiguresView = inferRouterOutputs<AppRouter>['economy']['resultFigures']['get'];

const figureFields = [
  'revenue',
  'costs',
  'depreciation',
  'financialIncome',
  'financialCosts',
  'extraordinaryItems',
] as const;

/**
 * The API's figures, each typed as text (blank is 0), then checked by the API's own schema; year
 * and month come from the page.
 */
const figuresFormSchema = (unit: MoneyUnit) =>
  z
    .object(
      Object.fromEntries(
        figureFields.map((field) => [field, amountTextSchema({ unit, empty: 'zero', allowNegative: true })]),
      ) as Record<(typeof figureFields)[number], ReturnType<typeof amountTextSchema<'zero'>>>,
    )
    .pipe(
      resultFiguresSaveInputSchema.pick({
        revenue: true,
        costs: true,
        depreciation: true,
        financialIncome: true,
        financialCosts: true,
        extraordinaryItems: true,
      }),
    );

export function ResultFiguresSection({ year, throughMonth, canEdit }: ClosingSectionProps) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const query = useQuery(
    trpc.economy.resultFigures.get.queryOptions({ tenant: tenant.slug, year, throughMonth }),
  );
  const monthName = t(`economy.reports.months.${String(throughMonth) as MonthKey}`);
  return (
    <ClosingSection
      title={t('economy.closing.figuresTitle', { month: monthName, year })}
      intro={t('economy.closing.figuresIntro')}
      query={query}
    >
      {(view) => (
        <ResultFiguresForm
          key={`${year}-${throughMonth}-${view?.version ?? 'new'}`}
          year={year}
          throughMonth={throughMonth}
          view={view}
          canEdit={canEdit}
        />
      )}
    </ClosingSection>
  );
}

function ResultFiguresForm({
  year,
  throughMonth,
  view,
  canEdit,
}: {
  year: number;
  throughMonth: number;
  view: ResultFiguresView;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const shownUnit = useMoneyUnit();
  const [unit] = useState(shownUnit);
  const form = useSchemaForm({
    schema: figuresFormSchema(unit),
    defaultValues: Object.fromEntries(
      figureFields.map((field) => [field, view ? amountToText(view.figures[field], unit) : '']),
    ) as Record<(typeof figureFields)[number], string>,
    labels: Object.fromEntries(
      figureFields.map((field) => [
        field,
        t('economy.closing.amountOf', { name: t(`economy.reports.incomeRows.${field}`), unit }),
      ]),
    ),
  });
  const save = useApiMutation(trpc.economy.resultFigures.save.mutationOptions(), {
    invalidates: () => [trpc.economy.pathFilter()],
    success: () => ({ key: 'economy.closing.figuresSaved' }),
  });
  const onSubmit = form.submit(async (values) => {
    if (save.isPending || !canEdit) return;
    await save.mutateAsync({
      tenant: tenant.slug,
      year,
      throughMonth,
      ...values,
      expectedVersion: view?.version ?? null,
    });
  });
  return (
    <KitForm
      form={form}
      onSubmit={onSubmit}
      className="economy-form"
      label={t('economy.closing.figuresForm')}
    >
      <ConflictReload form={form} filter={trpc.economy.resultFigures.pathFilter()} />
      {!view ? <p className="notice notice--info">{t('economy.closing.figuresNone')}</p> : null}
      <div className="economy-form__row">
        {figureFields.map((field) => (
          <MoneyField key={field} form={form} name={field} readOnly={!canEdit} />
        ))}
      </div>
      <ClosingSave canEdit={canEdit} label={t('economy.closing.saveFigures')} save={save} />
    </KitForm>
  );
}
