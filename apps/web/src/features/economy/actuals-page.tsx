import type { AppRouter } from '@samsyn/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { errorMessageOf, fieldErrorsOf } from '../../lib/error-message.ts';
import type { Message, MessageKey } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { useTenantRole } from '../tenant/use-tenant-role.ts';
import { ImportPanel } from './import-panel.tsx';
import { amountToInput, formatAmount, inputToAmount, useMoneyUnit } from './money-unit.ts';
import { useEconomyYear, YearPicker } from './year-picker.tsx';

type ActualsList = inferRouterOutputs<AppRouter>['economy']['actuals']['list'];
type Actual = ActualsList['actuals'][number];

/** `/f/:slug/ekonomi/utfall`: actuals per line and period, entered by hand or imported from a file. */
export function ActualsPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const { year, years, isReady } = useEconomyYear(tenant.slug);
  const list = useQuery({
    ...trpc.economy.actuals.list.queryOptions({ tenant: tenant.slug, year }),
    enabled: isReady,
  });
  const canEdit = useTenantRole('editor');
  const title = t('economy.actuals.title');
  return (
    <>
      <PageHeading titleParts={[title, t('economy.title'), tenant.name]}>{`${title} ${year}`}</PageHeading>
      <p>{t('economy.actuals.intro')}</p>
      <YearPicker key={year} year={year} years={years} />
      {!isReady || list.isPending ? (
        <LoadingStatus />
      ) : list.isError ? (
        <ErrorPanel error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <ActualsBody list={list.data} canEdit={canEdit} />
      )}
      {canEdit ? <ImportPanel /> : null}
    </>
  );
}

function ActualsBody({ list, canEdit }: { list: ActualsList; canEdit: boolean }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const unit = useMoneyUnit();
  const [editing, setEditing] = useState<Actual | null>(null);
  const [removing, setRemoving] = useState<Actual | null>(null);
  const [status, setStatus] = useState<Message | null>(null);
  const remove = useMutation(
    trpc.economy.actuals.delete.mutationOptions({
      onSuccess: async () => {
        setRemoving(null);
        setStatus({ key: 'economy.actuals.removed' });
        await queryClient.invalidateQueries({ queryKey: trpc.economy.pathKey() });
      },
    }),
  );
  return (
    <>
      {status ? (
        <p className="notice notice--success" role="status">
          {t(status.key, status.values)}
        </p>
      ) : null}
      {list.actuals.length === 0 ? (
        <p className="empty-state">{t('economy.actuals.none', { year: list.year })}</p>
      ) : (
        <div className="table-scroll">
          <table className="economy-table">
            <caption>{t('economy.actuals.listCaption', { year: list.year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('economy.actuals.line')}</th>
                <th scope="col">{t('economy.actuals.period')}</th>
                <th scope="col" className="num">
                  {t('economy.reports.actual')}
                </th>
                <th scope="col">{t('economy.actuals.note')}</th>
                {canEdit ? <td /> : null}
              </tr>
            </thead>
            <tbody>
              {list.actuals.map((actual) => (
                <tr key={actual.id}>
                  <th scope="row">{actual.lineName}</th>
                  <td>{actual.period}</td>
                  <td className="num">{formatAmount(actual.amount, unit)}</td>
                  <td>{actual.note ?? ''}</td>
                  {canEdit ? (
                    <td className="economy-row-actions">
                      <button
                        type="button"
                        className="button button--secondary"
                        onClick={() => setEditing(actual)}
                      >
                        {t('economy.actuals.edit')}
                        <span className="visually-hidden">{` ${actual.lineName} ${actual.period}`}</span>
                      </button>
                      <button
                        type="button"
                        className="button button--secondary"
                        onClick={() => setRemoving(actual)}
                      >
                        {t('economy.common.remove')}
                        <span className="visually-hidden">{` ${actual.lineName} ${actual.period}`}</span>
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit ? (
        <ActualForm
          key={editing?.id ?? 'new'}
          lines={list.lines}
          editing={editing}
          defaultPeriod={`${list.year}-H1`}
          onDone={(message) => {
            setEditing(null);
            setStatus(message);
          }}
        />
      ) : null}
      <ConfirmDialog
        isOpen={removing !== null}
        title={t('economy.actuals.removeConfirmTitle')}
        confirmLabel={t('economy.common.remove')}
        isPending={remove.isPending}
        error={remove.error ? errorMessageOf(remove.error) : null}
        onConfirm={() =>
          removing &&
          remove.mutate({ tenant: tenant.slug, id: removing.id, expectedVersion: removing.version })
        }
        onCancel={() => setRemoving(null)}
      >
        {removing ? (
          <p>
            {t('economy.actuals.removeConfirm', {
              amount: formatAmount(removing.amount, unit),
              line: removing.lineName,
              period: removing.period,
            })}
          </p>
        ) : null}
      </ConfirmDialog>
    </>
  );
}

function ActualForm({
  lines,
  editing,
  defaultPeriod,
  onDone,
}: {
  lines: ActualsList['lines'];
  editing: Actual | null;
  defaultPeriod: string;
  onDone: (message: Message) => void;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ids = {
    period: useId(),
    line: useId(),
    amount: useId(),
    note: useId(),
    hint: useId(),
    title: useId(),
  };
  const [period, setPeriod] = useState(editing?.period ?? defaultPeriod);
  const [lineCode, setLineCode] = useState(editing?.lineCode ?? '');
  const [amount, setAmount] = useState(amountToInput(editing?.amount ?? null));
  const [note, setNote] = useState(editing?.note ?? '');
  const [error, setError] = useState<Message | null>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);
  const save = useMutation(
    trpc.economy.actuals.save.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.economy.pathKey() });
        onDone({ key: 'economy.actuals.saved' });
      },
      onError: (failure) => {
        const fields = Object.values(fieldErrorsOf(failure));
        setError(fields[0] ? { key: fields[0] } : errorMessageOf(failure));
      },
    }),
  );
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const parsed = inputToAmount(amount);
    if (!parsed.ok) {
      setError({ key: `errors.${parsed.error}` as MessageKey });
      return;
    }
    if (!lineCode) {
      setError({ key: 'errors.actuals.lineMissing' });
      return;
    }
    setError(null);
    save.mutate({
      tenant: tenant.slug,
      period,
      lineCode,
      amount: parsed.value,
      note: note.trim() === '' ? null : note.trim(),
      expectedVersion: editing?.version ?? null,
    });
  }
  return (
    <form className="economy-form no-print" onSubmit={onSubmit} noValidate aria-labelledby={ids.title}>
      <h2 id={ids.title}>
        {editing
          ? t('economy.actuals.editing', { line: editing.lineName, period: editing.period })
          : t('economy.actuals.entryTitle')}
      </h2>
      {error ? (
        <p ref={errorRef} tabIndex={-1} className="notice notice--error" role="alert">
          {t(error.key, error.values)}
        </p>
      ) : null}
      <div className="economy-form__row">
        <div className="field">
          <label className="field__label" htmlFor={ids.period}>
            {t('economy.actuals.period')}
          </label>
          <p className="field__hint" id={ids.hint}>
            {t('economy.actuals.periodHint')}
          </p>
          <input
            id={ids.period}
            className="field__input field__input--short"
            value={period}
            aria-describedby={ids.hint}
            readOnly={editing !== null}
            onChange={(e) => setPeriod(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.line}>
            {t('economy.actuals.line')}
          </label>
          <select
            id={ids.line}
            className="field__input"
            value={lineCode}
            disabled={editing !== null}
            onChange={(e) => setLineCode(e.target.value)}
          >
            <option value="">{t('economy.actuals.chooseLine')}</option>
            {lines.map((line) => (
              <option key={line.code} value={line.code}>
                {line.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.amount}>
            {t('economy.actuals.amount')}
          </label>
          <input
            id={ids.amount}
            className="field__input field__input--amount"
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.note}>
            {t('economy.actuals.note')}
          </label>
          <input
            id={ids.note}
            className="field__input"
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
      </div>
      <div className="economy-actions">
        <button type="submit" className="button button--primary" aria-disabled={save.isPending}>
          {save.isPending ? t('economy.common.saving') : t('economy.actuals.add')}
        </button>
        {editing ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onDone({ key: 'economy.common.saved' })}
          >
            {t('economy.common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
