import type { AppRouter } from '@samsyn/api';
import type { ContributionPeriod } from '@samsyn/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { errorMessageOf, fieldErrorsOf, reasonKey } from '../../lib/error-message.ts';
import { formatNumber } from '../../lib/format.ts';
import type { Message, MessageKey } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { useTenantRole } from '../tenant/use-tenant-role.ts';
import { amountToInput, formatAmount, inputToAmount, useMoneyUnit } from './money-unit.ts';
import { useEconomyYear, YearPicker } from './year-picker.tsx';

type ContributionsView = inferRouterOutputs<AppRouter>['economy']['contributions']['get'];
const periods: ContributionPeriod[] = ['year', 'H1', 'H2'];
const percentText = (value: number) => `${formatNumber(value, true)}\u00a0%`;

/** `/f/:slug/ekonomi/medlemsbidrag`: each member's contribution by the Finsam split. */
export function ContributionsPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const [params] = useSearchParams();
  const { year, years, isReady } = useEconomyYear(tenant.slug);
  const requested = params.get('period');
  const defaultPeriod = (years.find((row) => row.year === year)?.contributionPeriods[0] ??
    'year') as ContributionPeriod;
  const period = periods.includes(requested as ContributionPeriod)
    ? (requested as ContributionPeriod)
    : defaultPeriod;
  const view = useQuery({
    ...trpc.economy.contributions.get.queryOptions({ tenant: tenant.slug, year, period }),
    enabled: isReady,
  });
  const periodId = useId();
  const title = t('economy.contributions.title');
  return (
    <>
      <PageHeading titleParts={[title, t('economy.title'), tenant.name]}>{`${title} ${year}`}</PageHeading>
      <p>{t('economy.contributions.intro')}</p>
      <YearPicker key={`${year}-${period}`} year={year} years={years} extraParams={['period']}>
        <div className="field field--inline">
          <label className="field__label" htmlFor={periodId}>
            {t('economy.contributions.period')}
          </label>
          <select id={periodId} name="period" className="field__input" defaultValue={period}>
            {periods.map((option) => (
              <option key={option} value={option}>
                {t(`economy.contributions.periods.${option}`)}
              </option>
            ))}
          </select>
        </div>
      </YearPicker>
      {!isReady || view.isPending ? (
        <LoadingStatus />
      ) : view.isError ? (
        <ErrorPanel error={view.error} onRetry={() => void view.refetch()} />
      ) : (
        <ContributionsBody key={`${year}-${period}-${view.data.plan?.version ?? 0}`} view={view.data} />
      )}
    </>
  );
}

function ContributionsBody({ view }: { view: ContributionsView }) {
  const { t } = useTranslation();
  const unit = useMoneyUnit();
  const [isEditing, setIsEditing] = useState(false);
  const canEdit = useTenantRole('editor');
  const split = view.split;
  const periodLabel = t(`economy.contributions.periods.${view.period}`);
  const splitErrorKey = view.splitError ? reasonKey(view.splitError.reason) : null;
  return (
    <>
      {!view.plan ? <p className="empty-state">{t('economy.contributions.none')}</p> : null}
      {view.splitError ? (
        <p className="notice notice--error">
          {t('economy.contributions.cannotCompute', {
            reason: splitErrorKey ? t(splitErrorKey, view.splitError.details ?? {}) : view.splitError.reason,
          })}
        </p>
      ) : null}
      {split ? (
        <>
          <p className={`notice ${split.deviatesFromStandard ? 'notice--warning' : 'notice--success'}`}>
            {split.deviatesFromStandard
              ? t('economy.contributions.deviates')
              : t('economy.contributions.standardOk')}
          </p>
          <div className="table-scroll">
            <table className="economy-table">
              <caption>{`${t('economy.contributions.splitCaption')}, ${view.year} ${periodLabel.toLowerCase()}`}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('economy.contributions.member')}</th>
                  <th scope="col" className="num">
                    {t('economy.contributions.keyValue')}
                  </th>
                  <th scope="col" className="num">
                    {t('economy.contributions.computed')}
                  </th>
                  <th scope="col" className="num">
                    {t('economy.contributions.amount')}
                  </th>
                  <th scope="col">{t('economy.contributions.comment')}</th>
                </tr>
              </thead>
              <tbody>
                {split.lines.map((line) => (
                  <tr key={line.id}>
                    <th scope="row">{line.name}</th>
                    <td className="num">
                      {line.keyValue === null
                        ? ''
                        : view.plan?.key.kind === 'agreed'
                          ? percentText(Number(line.keyValue))
                          : formatNumber(Number(line.keyValue))}
                    </td>
                    <td className="num">{formatAmount(line.computed, unit)}</td>
                    <td className="num">{formatAmount(line.amount, unit)}</td>
                    <td>
                      {line.override
                        ? `${line.override.comment} (${formatAmount(line.override.difference, unit)})`
                        : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('economy.contributions.total')}</th>
                  <td />
                  <td className="num">{formatAmount(split.computedTotal, unit)}</td>
                  <td className="num">{formatAmount(split.total, unit)}</td>
                  <td />
                </tr>
              </tfoot>
            </table>
          </div>
          <div className="table-scroll">
            <table className="economy-table">
              <caption>{t('economy.contributions.groupsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('economy.contributions.group')}</th>
                  <th scope="col" className="num">
                    {t('economy.contributions.amount')}
                  </th>
                  <th scope="col" className="num">
                    {t('economy.contributions.share')}
                  </th>
                  <th scope="col" className="num">
                    {t('economy.contributions.standard')}
                  </th>
                  <th scope="col" className="num">
                    {t('economy.contributions.deviation')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {split.groups.map((group) => (
                  <tr key={group.group} className={group.isStandard ? undefined : 'is-flagged'}>
                    <th scope="row">{t(`economy.funderGroups.${group.group}`)}</th>
                    <td className="num">{formatAmount(group.amount, unit)}</td>
                    <td className="num">{percentText(group.sharePercent)}</td>
                    <td className="num">{percentText(group.standardPercent)}</td>
                    <td className="num">{formatAmount(group.deviationAmount, unit)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      {view.reconciliation ? (
        <section aria-labelledby="reconciliation-title">
          <h2 id="reconciliation-title">{t('economy.contributions.reconciliationTitle')}</h2>
          <dl className="economy-facts">
            <div>
              <dt>{t('economy.contributions.invoiced')}</dt>
              <dd>{formatAmount(view.reconciliation.invoicedTotal, unit)}</dd>
            </div>
            {view.reconciliation.booked.map((row) => (
              <div key={row.source}>
                <dt>
                  {row.source === 'actuals'
                    ? t('economy.contributions.bookedActuals')
                    : t('economy.contributions.bookedIncomeStatement')}
                </dt>
                <dd>
                  {formatAmount(row.amount, unit)} ({t('economy.contributions.difference')}:{' '}
                  {formatAmount(row.difference, 'kr')})
                </dd>
              </div>
            ))}
          </dl>
          <p className={`notice ${view.reconciliation.isReconciled ? 'notice--success' : 'notice--warning'}`}>
            {view.reconciliation.isReconciled
              ? t('economy.contributions.reconciled')
              : t('economy.contributions.notReconciled')}
          </p>
        </section>
      ) : null}
      {canEdit ? (
        isEditing ? (
          <ContributionsForm view={view} onDone={() => setIsEditing(false)} />
        ) : (
          <button
            type="button"
            className="button button--primary no-print"
            onClick={() => setIsEditing(true)}
          >
            {view.plan ? t('economy.contributions.edit') : t('economy.contributions.create')}
          </button>
        )
      ) : null}
    </>
  );
}

function ContributionsForm({ view, onDone }: { view: ContributionsView; onDone: () => void }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const plan = view.plan;
  const municipalities = view.members.filter((member) => member.kind === 'municipality');
  const [basisKind, setBasisKind] = useState<'total' | 'state'>(plan?.basis.kind ?? 'state');
  const [basisAmount, setBasisAmount] = useState(amountToInput(plan?.basis.amount ?? null));
  const [keyKind, setKeyKind] = useState<'population' | 'agreed'>(plan?.key.kind ?? 'population');
  const [populationYear, setPopulationYear] = useState(
    String(plan?.key.kind === 'population' ? plan.key.populationYear : view.year - 1),
  );
  const [keyValues, setKeyValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      municipalities.map((member) => [
        member.id,
        plan?.key.kind === 'population'
          ? String(plan.key.populations.find((row) => row.memberId === member.id)?.population ?? '')
          : plan?.key.kind === 'agreed'
            ? (plan.key.percentages.find((row) => row.memberId === member.id)?.percent.replace('.', ',') ??
              '')
            : '',
      ]),
    ),
  );
  const lines = [
    { id: 'state', name: t('economy.funderGroups.state') },
    ...view.members.filter((m) => m.kind !== 'fk' && m.kind !== 'af'),
  ];
  const [overrides, setOverrides] = useState<Record<string, { amount: string; comment: string }>>(() =>
    Object.fromEntries(
      (plan?.overrides ?? []).map((row) => [
        row.lineId,
        { amount: amountToInput(row.amount), comment: row.comment },
      ]),
    ),
  );
  const [errors, setErrors] = useState<Message[]>([]);
  const errorRef = useRef<HTMLDivElement>(null);
  const ids = { basis: useId(), amount: useId(), key: useId(), popYear: useId() };
  useEffect(() => {
    if (errors.length > 0) errorRef.current?.focus();
  }, [errors]);

  const save = useMutation(
    trpc.economy.contributions.save.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.economy.pathKey() });
        onDone();
      },
      onError: (error) => {
        const fields = Object.values(fieldErrorsOf(error)).map((key) => ({ key }));
        setErrors(fields.length > 0 ? fields : [errorMessageOf(error)]);
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const problems: Message[] = [];
    const amount = inputToAmount(basisAmount);
    if (!amount.ok) problems.push({ key: `errors.${amount.error}` as MessageKey });
    const overrideRows = Object.entries(overrides)
      .filter(([, row]) => row.amount.trim() !== '')
      .map(([lineId, row]) => {
        const parsed = inputToAmount(row.amount);
        if (!parsed.ok) problems.push({ key: `errors.${parsed.error}` as MessageKey });
        if (row.comment.trim() === '') problems.push({ key: 'errors.financing.overrideNeedsComment' });
        return { lineId, amount: parsed.ok ? parsed.value : 0, comment: row.comment };
      });
    if (problems.length > 0) {
      setErrors(problems);
      return;
    }
    setErrors([]);
    save.mutate({
      tenant: tenant.slug,
      year: view.year,
      period: view.period,
      basis: { kind: basisKind, amount: amount.ok ? amount.value : 0 },
      key:
        keyKind === 'population'
          ? {
              kind: 'population',
              populationYear: Number(populationYear),
              populations: municipalities.map((member) => ({
                memberId: member.id,
                population: Number((keyValues[member.id] ?? '').replace(/\s/g, '')),
              })),
            }
          : {
              kind: 'agreed',
              percentages: municipalities.map((member) => ({
                memberId: member.id,
                percent: keyValues[member.id] ?? '',
              })),
            },
      stateLines: plan?.stateLines ?? { kind: 'combined' },
      overrides: overrideRows,
      expectedVersion: plan?.version ?? null,
    });
  }

  return (
    <form className="economy-form no-print" onSubmit={onSubmit} noValidate>
      {errors.length > 0 ? (
        <div ref={errorRef} tabIndex={-1} className="notice notice--error" role="alert">
          <ul className="notice__list">
            {errors.map((error, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: messages have no identity of their own
              <li key={index}>{t(error.key, error.values)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <fieldset className="field">
        <legend className="field__label">{t('economy.contributions.basis')}</legend>
        {(['state', 'total'] as const).map((kind) => (
          <label key={kind} className="economy-radio">
            <input
              type="radio"
              name="basis"
              checked={basisKind === kind}
              onChange={() => setBasisKind(kind)}
            />{' '}
            {kind === 'state' ? t('economy.contributions.basisState') : t('economy.contributions.basisTotal')}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label className="field__label" htmlFor={ids.amount}>
          {t('economy.contributions.basisAmount')}
        </label>
        <input
          id={ids.amount}
          className="field__input field__input--amount"
          inputMode="decimal"
          value={basisAmount}
          onChange={(e) => setBasisAmount(e.target.value)}
        />
      </div>
      <fieldset className="field">
        <legend className="field__label">{t('economy.contributions.key')}</legend>
        {(['population', 'agreed'] as const).map((kind) => (
          <label key={kind} className="economy-radio">
            <input type="radio" name="key" checked={keyKind === kind} onChange={() => setKeyKind(kind)} />{' '}
            {kind === 'population'
              ? t('economy.contributions.keyPopulation')
              : t('economy.contributions.keyAgreed')}
          </label>
        ))}
      </fieldset>
      {keyKind === 'population' ? (
        <div className="field">
          <label className="field__label" htmlFor={ids.popYear}>
            {t('economy.contributions.populationYear')}
          </label>
          <input
            id={ids.popYear}
            className="field__input field__input--short"
            inputMode="numeric"
            value={populationYear}
            onChange={(e) => setPopulationYear(e.target.value)}
          />
        </div>
      ) : null}
      {municipalities.map((member) => (
        <div className="field" key={member.id}>
          <label className="field__label" htmlFor={`key-${member.id}`}>
            {keyKind === 'population'
              ? t('economy.contributions.population', { name: member.name })
              : t('economy.contributions.percentFor', { name: member.name })}
          </label>
          <input
            id={`key-${member.id}`}
            className="field__input field__input--amount"
            inputMode="decimal"
            value={keyValues[member.id] ?? ''}
            onChange={(e) => setKeyValues({ ...keyValues, [member.id]: e.target.value })}
          />
        </div>
      ))}
      <fieldset className="field">
        <legend className="field__label">{t('economy.contributions.override')}</legend>
        {lines.map((line) => (
          <div key={line.id} className="economy-override">
            <label className="field__label" htmlFor={`override-${line.id}`}>
              {t('economy.contributions.overrideFor', { name: line.name })}
            </label>
            <input
              id={`override-${line.id}`}
              className="field__input field__input--amount"
              inputMode="decimal"
              value={overrides[line.id]?.amount ?? ''}
              onChange={(e) =>
                setOverrides({
                  ...overrides,
                  [line.id]: { amount: e.target.value, comment: overrides[line.id]?.comment ?? '' },
                })
              }
            />
            <label className="field__label" htmlFor={`comment-${line.id}`}>
              {t('economy.contributions.overrideComment', { name: line.name })}
            </label>
            <input
              id={`comment-${line.id}`}
              className="field__input"
              value={overrides[line.id]?.comment ?? ''}
              onChange={(e) =>
                setOverrides({
                  ...overrides,
                  [line.id]: { amount: overrides[line.id]?.amount ?? '', comment: e.target.value },
                })
              }
            />
          </div>
        ))}
      </fieldset>
      <div className="economy-actions">
        <button type="submit" className="button button--primary" aria-disabled={save.isPending}>
          {save.isPending ? t('economy.common.saving') : t('economy.common.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('economy.common.cancel')}
        </button>
      </div>
    </form>
  );
}
