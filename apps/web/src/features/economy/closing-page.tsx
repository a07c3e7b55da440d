import type { AppRouter } from '@samsyn/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { errorMessageOf, fieldErrorsOf } from '../../lib/error-message.ts';
import type { Message, MessageKey } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { useTenantRole } from '../tenant/use-tenant-role.ts';
import { amountToInput, formatAmount, inputToAmount, useMoneyUnit } from './money-unit.ts';
import { AmountRow, ReportTable } from './report-table.tsx';
import {
  type MonthKey,
  ThroughMonthField,
  useEconomyYear,
  useThroughMonth,
  YearPicker,
} from './year-picker.tsx';

type ResultFiguresView = inferRouterOutputs<AppRouter>['economy']['resultFigures']['get'];
type ForecastView = inferRouterOutputs<AppRouter>['economy']['reports']['forecast'];

const figureFields = [
  'revenue',
  'costs',
  'depreciation',
  'financialIncome',
  'financialCosts',
  'extraordinaryItems',
] as const;
type FigureField = (typeof figureFields)[number];

/** Shows the API's errors (a stale edit's conflict included) and moves focus to them. */
function SaveErrors({ errors, onReload }: { errors: Message[]; onReload: (() => void) | null }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className="notice notice--error" role="alert">
      <ul className="notice__list">
        {errors.map((message) => (
          <li key={message.key}>{t(message.key, message.values)}</li>
        ))}
      </ul>
      {onReload ? (
        <button type="button" className="button button--secondary" onClick={onReload}>
          {t('economy.balances.reload')}
        </button>
      ) : null}
    </div>
  );
}

function messagesOf(failure: unknown): Message[] {
  const fields = Object.values(fieldErrorsOf(failure)).map((key) => ({ key }));
  return fields.length > 0 ? fields : [errorMessageOf(failure)];
}

/**
 * `/f/:slug/ekonomi/bokslut`: the income statement's figures as booked for the year through a
 * month, and the year-end forecast per line. Both feed the reports.
 */
export function ClosingPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { year, years, isReady } = useEconomyYear(tenant.slug);
  const throughMonth = useThroughMonth(year, years);
  const canEdit = useTenantRole('editor');
  const title = t('economy.closing.title');
  return (
    <>
      <PageHeading titleParts={[title, t('economy.title'), tenant.name]}>{`${title} ${year}`}</PageHeading>
      <p>{t('economy.closing.intro')}</p>
      <YearPicker key={`${year}-${throughMonth}`} year={year} years={years} extraParams={['manad']}>
        <ThroughMonthField throughMonth={throughMonth} />
      </YearPicker>
      {!canEdit ? <p className="notice notice--info">{t('economy.common.readOnly')}</p> : null}
      {!isReady ? (
        <LoadingStatus />
      ) : (
        <>
          <ResultFiguresSection year={year} throughMonth={throughMonth} canEdit={canEdit} />
          <ForecastSection year={year} throughMonth={throughMonth} canEdit={canEdit} />
        </>
      )}
    </>
  );
}

function ResultFiguresSection({
  year,
  throughMonth,
  canEdit,
}: {
  year: number;
  throughMonth: number;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const headingId = useId();
  const query = useQuery(
    trpc.economy.resultFigures.get.queryOptions({ tenant: tenant.slug, year, throughMonth }),
  );
  const monthName = t(`economy.reports.months.${String(throughMonth) as MonthKey}`);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('economy.closing.figuresTitle', { month: monthName, year })}</h2>
      <p>{t('economy.closing.figuresIntro')}</p>
      {query.isPending ? (
        <LoadingStatus />
      ) : query.isError ? (
        <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <ResultFiguresForm
          key={`${year}-${throughMonth}-${query.data?.version ?? 'new'}`}
          year={year}
          throughMonth={throughMonth}
          view={query.data}
          canEdit={canEdit}
        />
      )}
    </section>
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
  const queryClient = useQueryClient();
  const baseId = useId();
  const [values, setValues] = useState<Record<FigureField, string>>(
    () =>
      Object.fromEntries(
        figureFields.map((field) => [field, view ? amountToInput(view.figures[field]) : '']),
      ) as Record<FigureField, string>,
  );
  const [invalid, setInvalid] = useState<ReadonlySet<FigureField>>(new Set());
  const [errors, setErrors] = useState<Message[]>([]);
  const [isConflict, setIsConflict] = useState(false);
  const [status, setStatus] = useState<Message | null>(null);
  const save = useMutation(
    trpc.economy.resultFigures.save.mutationOptions({
      onSuccess: async () => {
        setStatus({ key: 'economy.closing.figuresSaved' });
        await queryClient.invalidateQueries({ queryKey: trpc.economy.pathKey() });
      },
      onError: (failure) => {
        const messages = messagesOf(failure);
        setIsConflict(messages[0]?.key === 'errors.conflict.stale');
        setErrors(messages);
      },
    }),
  );
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending || !canEdit) return;
    setStatus(null);
    setIsConflict(false);
    const amounts: Partial<Record<FigureField, number>> = {};
    const bad = new Set<FigureField>();
    const problems: Message[] = [];
    for (const field of figureFields) {
      const parsed = inputToAmount(values[field].trim() === '' ? '0' : values[field]);
      if (parsed.ok) amounts[field] = parsed.value;
      else {
        bad.add(field);
        problems.push({ key: `errors.${parsed.error}` as MessageKey });
      }
    }
    setInvalid(bad);
    if (problems.length > 0) {
      setErrors(problems.filter((p, i) => problems.findIndex((o) => o.key === p.key) === i));
      return;
    }
    setErrors([]);
    save.mutate({
      tenant: tenant.slug,
      year,
      throughMonth,
      revenue: amounts.revenue ?? 0,
      costs: amounts.costs ?? 0,
      depreciation: amounts.depreciation ?? 0,
      financialIncome: amounts.financialIncome ?? 0,
      financialCosts: amounts.financialCosts ?? 0,
      extraordinaryItems: amounts.extraordinaryItems ?? 0,
      expectedVersion: view?.version ?? null,
    });
  }
  return (
    <form
      className="economy-form"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('economy.closing.figuresForm')}
    >
      {status ? (
        <p className="notice notice--success" role="status">
          {t(status.key, status.values)}
        </p>
      ) : null}
      <SaveErrors
        errors={errors}
        onReload={
          isConflict
            ? () => void queryClient.invalidateQueries({ queryKey: trpc.economy.resultFigures.pathKey() })
            : null
        }
      />
      {!view ? <p className="notice notice--info">{t('economy.closing.figuresNone')}</p> : null}
      <div className="economy-form__row">
        {figureFields.map((field) => (
          <div key={field} className="field">
            <label className="field__label" htmlFor={`${baseId}-${field}`}>
              {t('economy.closing.amountOf', { name: t(`economy.reports.incomeRows.${field}`) })}
            </label>
            <input
              id={`${baseId}-${field}`}
              className="field__input field__input--amount"
              inputMode="decimal"
              value={values[field]}
              readOnly={!canEdit}
              aria-invalid={invalid.has(field) ? true : undefined}
              onChange={(event) => setValues({ ...values, [field]: event.target.value })}
            />
          </div>
        ))}
      </div>
      {canEdit ? (
        <div className="economy-actions">
          <button type="submit" className="button button--primary" aria-disabled={save.isPending}>
            {save.isPending ? t('economy.common.saving') : t('economy.closing.saveFigures')}
          </button>
        </div>
      ) : null}
    </form>
  );
}

function ForecastSection({
  year,
  throughMonth,
  canEdit,
}: {
  year: number;
  throughMonth: number;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const headingId = useId();
  const query = useQuery(
    trpc.economy.reports.forecast.queryOptions({ tenant: tenant.slug, year, throughMonth }),
  );
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('economy.closing.forecastTitle', { year })}</h2>
      <p>{t('economy.closing.forecastIntro')}</p>
      {query.isPending ? (
        <LoadingStatus />
      ) : query.isError ? (
        <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <ForecastForm key={`${year}-${query.data.version ?? 'new'}`} data={query.data} canEdit={canEdit} />
      )}
    </section>
  );
}

function ForecastForm({ data, canEdit }: { data: ForecastView; canEdit: boolean }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const unit = useMoneyUnit();
  const all = [...data.revenue.lines, ...data.costs.lines];
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(all.map((line) => [line.code, line.isEntered ? amountToInput(line.forecast) : ''])),
  );
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<Message[]>([]);
  const [isConflict, setIsConflict] = useState(false);
  const [status, setStatus] = useState<Message | null>(null);
  const save = useMutation(
    trpc.economy.forecast.save.mutationOptions({
      onSuccess: async () => {
        setStatus({ key: 'economy.closing.forecastSaved' });
        await queryClient.invalidateQueries({ queryKey: trpc.economy.pathKey() });
      },
      onError: (failure) => {
        const messages = messagesOf(failure);
        setIsConflict(messages[0]?.key === 'errors.conflict.stale');
        setErrors(messages);
      },
    }),
  );
  if (all.length === 0) return <p className="empty-state">{t('economy.closing.forecastNoLines')}</p>;
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending || !canEdit) return;
    setStatus(null);
    setIsConflict(false);
    const lines: { lineCode: string; amount: number }[] = [];
    const bad = new Set<string>();
    const problems: Message[] = [];
    for (const line of all) {
      const text = values[line.code]?.trim() ?? '';
      if (text === '') continue;
      const parsed = inputToAmount(text);
      if (parsed.ok && parsed.value >= 0) lines.push({ lineCode: line.code, amount: parsed.value });
      else {
        bad.add(line.code);
        problems.push({
          key: `errors.${parsed.ok ? 'money.negative' : parsed.error}` as MessageKey,
        });
      }
    }
    setInvalid(bad);
    if (problems.length > 0) {
      setErrors(problems.filter((p, i) => problems.findIndex((o) => o.key === p.key) === i));
      return;
    }
    setErrors([]);
    save.mutate({ tenant: tenant.slug, year: data.year, lines, expectedVersion: data.version });
  }
  const sections = [
    { key: 'revenue', label: t('economy.reports.revenue'), part: data.revenue },
    { key: 'costs', label: t('economy.reports.costs'), part: data.costs },
  ] as const;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('economy.closing.forecastForm')}>
      {status ? (
        <p className="notice notice--success" role="status">
          {t(status.key, status.values)}
        </p>
      ) : null}
      <SaveErrors
        errors={errors}
        onReload={
          isConflict
            ? () => void queryClient.invalidateQueries({ queryKey: trpc.economy.reports.forecast.pathKey() })
            : null
        }
      />
      <ReportTable
        caption={t('economy.closing.forecastCaption', { year: data.year })}
        headers={[
          t('economy.reports.line'),
          t('economy.reports.budget'),
          t('economy.reports.actual'),
          t('economy.closing.forecastColumn'),
        ]}
        isEditor
        sections={sections.map((section) => ({
          key: section.key,
          label: section.label,
          rows: section.part.lines.map((line) => (
            <AmountRow
              key={line.code}
              heading={line.name}
              amounts={[
                formatAmount(line.budget, unit),
                formatAmount(line.actualToDate, unit),
                <input
                  key="forecast"
                  className="field__input field__input--amount"
                  inputMode="decimal"
                  aria-label={t('economy.closing.forecastFor', { name: line.name })}
                  placeholder={amountToInput(line.budget)}
                  value={values[line.code] ?? ''}
                  readOnly={!canEdit}
                  aria-invalid={invalid.has(line.code) ? true : undefined}
                  onChange={(event) => setValues({ ...values, [line.code]: event.target.value })}
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
              formatAmount(data.result.budget, unit),
              formatAmount(data.result.actualToDate, unit),
              formatAmount(data.result.forecast, unit),
            ]}
          />
        }
      />
      {canEdit ? (
        <div className="economy-actions">
          <button type="submit" className="button button--primary" aria-disabled={save.isPending}>
            {save.isPending ? t('economy.common.saving') : t('economy.closing.saveForecast')}
          </button>
        </div>
      ) : null}
    </form>
  );
}
