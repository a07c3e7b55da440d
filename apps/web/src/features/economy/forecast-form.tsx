import type { AppRouter } from '@samsyn/api';
import { forecastSaveInputSchema } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { amountTextSchema, amountToText } from '../../components/form/amount-text.ts';
import { KitForm } from '../../components/form/kit-form.tsx';
import { useSchemaForm } from '../../components/form/use-schema-form.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { CellMoney } from './cell-controls.tsx';
import { ClosingSave, ClosingSection, type ClosingSectionProps } from './closing-section.tsx';
import { ConflictReload } from './conflict-reload.tsx';
import { forecastResultOf } from './forecast-result.ts';
import { formatAmount, type MoneyUnit, useMoneyUnit } from './money-unit.ts';
import { AmountRow, ReportTable } from './report-table.tsx';

type ForecastView = inferRouterOutputs<AppRouter>['economy']['reports']['forecast'];

/** One field per line, blank for "at budget"; the filled ones become the API's lines. */
const forecastFormSchema = (unit: MoneyUnit) =>
  z
    .object({
      lines: z.array(z.object({ lineCode: z.string(), amount: amountTextSchema({ unit, empty: 'null' }) })),
    })
    .transform(({ lines }) => ({
      lines: lines.flatMap((line) =>
        line.amount === null ? [] : [{ lineCode: line.lineCode, amount: line.amount }],
      ),
    }))
    .pipe(forecastSaveInputSchema.pick({ lines: true }));

export function ForecastSection({ year, throughMonth, canEdit }: ClosingSectionProps) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const query = useQuery(
    trpc.economy.reports.forecast.queryOptions({ tenant: tenant.slug, year, throughMonth }),
  );
  return (
    <ClosingSection
      title={t('economy.closing.forecastTitle', { year })}
      intro={t('economy.closing.forecastIntro')}
      query={query}
    >
      {(data) => <ForecastForm key={`${year}-${data.version ?? 'new'}`} data={data} canEdit={canEdit} />}
    </ClosingSection>
  );
}

/**
 * The year-end forecast per line. The result row follows what is typed, so the effect of a
 * forecast is seen before it is saved; saving is announced.
 */
function ForecastForm({ data, canEdit }: { data: ForecastView; canEdit: boolean }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const shownUnit = useMoneyUnit();
  const [unit] = useState(shownUnit);
  const all = [...data.revenue.lines, ...data.costs.lines];
  const form = useSchemaForm({
    schema: forecastFormSchema(unit),
    defaultValues: {
      lines: all.map((line) => ({
        lineCode: line.code,
        amount: line.isEntered ? amountToText(line.forecast, unit) : '',
      })),
    },
    labels: Object.fromEntries(
      all.map((line, index) => [
        `lines.${index}.amount`,
        t('economy.closing.forecastFor', { name: line.name }),
      ]),
    ),
  });
  const save = useApiMutation(trpc.economy.forecast.save.mutationOptions(), {
    invalidates: () => [trpc.economy.pathFilter()],
    success: () => ({ key: 'economy.closing.forecastSaved' }),
  });
  const typed = form.watch('lines');
  if (all.length === 0) return <p className="empty-state">{t('economy.closing.forecastNoLines')}</p>;
  const onSubmit = form.submit(async (values) => {
    if (save.isPending || !canEdit) return;
    await save.mutateAsync({
      tenant: tenant.slug,
      year: data.year,
      ...values,
      expectedVersion: data.version,
    });
  });
  const liveResult = forecastResultOf(
    data.revenue.lines,
    data.costs.lines,
    Object.fromEntries(typed.map((line) => [line.lineCode, line.amount])),
    unit,
  );
  const caption = t('economy.closing.forecastCaption', { year: data.year });
  const sections = [
    { key: 'revenue', label: t('economy.reports.revenue'), part: data.revenue, offset: 0 },
    { key: 'costs', label: t('economy.reports.costs'), part: data.costs, offset: data.revenue.lines.length },
  ] as const;
  return (
    <KitForm form={form} onSubmit={onSubmit} label={t('economy.closing.forecastForm')}>
      <ConflictReload form={form} filter={trpc.economy.reports.forecast.pathFilter()} />
      <ReportTable
        caption={caption}
        headers={[
          t('economy.reports.line'),
          t('economy.reports.budget'),
          t('economy.reports.actual'),
          t('economy.closing.forecastColumnIn', { unit }),
        ]}
        isEditor
        sections={sections.map((section) => ({
          key: section.key,
          label: section.label,
          rows: section.part.lines.map((line, index) => (
            <AmountRow
              key={line.code}
              heading={line.name}
              amounts={[
                formatAmount(line.budget, shownUnit),
                formatAmount(line.actualToDate, shownUnit),
                <CellMoney
                  key="forecast"
                  form={form}
                  name={`lines.${section.offset + index}.amount`}
                  canEdit={canEdit}
                  placeholder={amountToText(line.budget, unit)}
                />,
              ]}
            />
          )),
        }))}
        footer={
          <AmountRow
            heading={t('economy.closing.forecastResult')}
            isTotal
            amounts={[
              formatAmount(data.result.budget, shownUnit),
              formatAmount(data.result.actualToDate, shownUnit),
              <output key="result" aria-live="off">
                {formatAmount(liveResult, shownUnit)}
              </output>,
            ]}
          />
        }
      />
      <ClosingSave canEdit={canEdit} label={t('economy.closing.saveForecast')} save={save} />
    </KitForm>
  );
}
