import type { AppRouter } from '@samsyn/api';
import {
  type BalanceLine,
  type BalanceSection,
  balanceSections,
  balanceSheet,
  type Ore,
  suggestSlug,
} from '@samsyn/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { errorMessageOf, fieldErrorsOf } from '../../lib/error-message.ts';
import { formatDate } from '../../lib/format.ts';
import type { Message, MessageKey } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { useTenantRole } from '../tenant/use-tenant-role.ts';
import { amountToInput, formatAmount, inputToAmount, useMoneyUnit } from './money-unit.ts';

type BalancesView = NonNullable<inferRouterOutputs<AppRouter>['economy']['balances']['get']>;

interface EditorLine {
  key: string;
  code: string;
  name: string;
  section: BalanceSection;
  note: string;
  amount: string;
}

let nextKey = 0;
const newKey = () => `balance-${++nextKey}`;

/** The lines a förbund's balance sheet usually has (Gävleborg's), offered for a new date. */
const templateLines: { name: MessageKey; section: BalanceSection; code: string }[] = [
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

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isValidDate = (text: string) =>
  isoDate.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && text >= '2000-01-01';

/** A code for a new line from its name, unique on the sheet: "Kassa och bank" → "kassa-och-bank". */
function codeFor(name: string, taken: ReadonlySet<string>): string {
  const base = suggestSlug(name).slice(0, 50) || 'rad';
  let code = base;
  for (let n = 2; taken.has(code); n += 1) code = `${base}-${n}`;
  return code;
}

/** The lines as the domain reads them, with the fields that cannot be read. */
function toLines(lines: readonly EditorLine[]) {
  const errors: Record<string, MessageKey> = {};
  const taken = new Set(lines.filter((line) => line.code).map((line) => line.code));
  const parsed = lines.map((line) => {
    const code = line.code || codeFor(line.name, taken);
    taken.add(code);
    const amount = inputToAmount(line.amount.trim() === '' ? '0' : line.amount);
    if (!amount.ok) errors[`${line.key}.amount`] = `errors.${amount.error}` as MessageKey;
    if (line.name.trim() === '') errors[`${line.key}.name`] = 'errors.budget.nameRequired';
    const noteText = line.note.trim();
    const note = noteText === '' ? null : Number(noteText);
    if (note !== null && !(Number.isInteger(note) && note >= 1 && note <= 99))
      errors[`${line.key}.note`] = 'errors.balances.invalidNote';
    return {
      code,
      name: line.name.trim(),
      section: line.section,
      amount: (amount.ok ? amount.value : 0) as Ore,
      note: note !== null && Number.isInteger(note) && note >= 1 && note <= 99 ? note : null,
    };
  });
  return { lines: parsed, errors };
}

/** `/f/:slug/ekonomi/balanser`: the balances entered for a date, checked live as they are typed. */
export function BalancesPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const dates = useQuery(trpc.economy.balances.list.queryOptions({ tenant: tenant.slug }));
  const fromUrl = params.get('datum') ?? '';
  const date = isValidDate(fromUrl)
    ? fromUrl
    : (dates.data?.dates[0] ?? `${new Date().getFullYear() - 1}-12-31`);
  const view = useQuery({
    ...trpc.economy.balances.get.queryOptions({ tenant: tenant.slug, date }),
    enabled: !dates.isPending,
  });
  const canEdit = useTenantRole('editor');
  const title = t('economy.balances.title');
  const ids = { date: useId(), hint: useId(), dateError: useId(), list: useId() };
  const [chosen, setChosen] = useState(date);
  const [dateError, setDateError] = useState(false);
  const [status, setStatus] = useState<Message | null>(null);
  useEffect(() => setChosen(date), [date]);
  function onChooseDate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!isValidDate(chosen)) {
      setDateError(true);
      return;
    }
    setDateError(false);
    setStatus(null);
    const next = new URLSearchParams(params);
    next.set('datum', chosen);
    setParams(next);
  }
  // The default date is the newest one entered, known only once the list has loaded: showing the
  // date field before then would let the loaded default overwrite what the user has typed.
  if (dates.isPending) return <LoadingStatus />;
  return (
    <>
      <PageHeading titleParts={[title, t('economy.title'), tenant.name]}>
        {t('economy.balances.heading', { date: formatDate(date) })}
      </PageHeading>
      <p>{t('economy.balances.intro')}</p>
      <form className="economy-filter no-print" onSubmit={onChooseDate} noValidate>
        <div className="field field--inline">
          <label className="field__label" htmlFor={ids.date}>
            {t('economy.reports.date')}
          </label>
          <p className="field__hint" id={ids.hint}>
            {t('economy.balances.dateHint')}
          </p>
          <input
            id={ids.date}
            type="date"
            className="field__input"
            value={chosen}
            aria-describedby={dateError ? `${ids.hint} ${ids.dateError}` : ids.hint}
            aria-invalid={dateError ? true : undefined}
            onChange={(event) => setChosen(event.target.value)}
          />
          {dateError ? (
            <p className="field__error" id={ids.dateError}>
              {t('errors.economy.invalidDate')}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button button--secondary">
          {t('economy.yearSubmit')}
        </button>
      </form>
      {dates.data && dates.data.dates.length > 0 ? (
        <nav aria-labelledby={ids.list} className="no-print">
          <h2 id={ids.list} className="economy-balances__dates-title">
            {t('economy.balances.entered')}
          </h2>
          <ul className="economy-balances__dates">
            {dates.data.dates.map((entered) => (
              <li key={entered}>
                <Link
                  to={`?datum=${entered}`}
                  aria-current={entered === date ? 'page' : undefined}
                  onClick={() => setStatus(null)}
                >
                  {formatDate(entered)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {status ? (
        <p className="notice notice--success" role="status">
          {t(status.key, status.values)}
        </p>
      ) : null}
      {dates.isPending || view.isPending ? (
        <LoadingStatus />
      ) : view.isError ? (
        <ErrorPanel error={view.error} onRetry={() => void view.refetch()} />
      ) : (
        <BalancesEditor
          key={`${date}-${view.data?.version ?? 'new'}`}
          date={date}
          view={view.data}
          canEdit={canEdit}
          onSaved={() => setStatus({ key: 'economy.balances.saved', values: { date: formatDate(date) } })}
          onEdit={() => setStatus(null)}
        />
      )}
    </>
  );
}

function BalancesEditor({
  date,
  view,
  canEdit,
  onSaved,
  onEdit,
}: {
  date: string;
  view: BalancesView | null;
  canEdit: boolean;
  onSaved: () => void;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const unit = useMoneyUnit();
  const captionId = useId();
  const [lines, setLines] = useState<EditorLine[]>(() =>
    view
      ? view.lines.map((line) => ({
          key: newKey(),
          code: line.code,
          name: line.name,
          section: line.section,
          note: line.note === undefined ? '' : String(line.note),
          amount: amountToInput(line.amount),
        }))
      : templateLines.map((line) => ({
          key: newKey(),
          code: line.code,
          name: t(line.name),
          section: line.section,
          note: '',
          amount: '',
        })),
  );
  const [shownErrors, setShownErrors] = useState<Record<string, MessageKey>>({});
  const [errors, setErrors] = useState<Message[]>([]);
  const [isConflict, setIsConflict] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) errorRef.current?.focus();
  }, [errors]);
  const save = useMutation(
    trpc.economy.balances.save.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.economy.pathKey() });
        onSaved();
      },
      onError: (failure) => {
        const fields = Object.values(fieldErrorsOf(failure)).map((key) => ({ key }));
        const message = errorMessageOf(failure);
        setIsConflict(message.key === 'errors.conflict.stale');
        setErrors(fields.length > 0 ? fields : [message]);
      },
    }),
  );
  const parsed = toLines(lines);
  const sheet = balanceSheet({
    date,
    lines: parsed.lines.map(
      (line): BalanceLine => ({
        code: line.code,
        name: line.name,
        section: line.section,
        amount: line.amount,
      }),
    ),
  });
  const update = (key: string, change: Partial<EditorLine>) => {
    onEdit();
    setLines(lines.map((line) => (line.key === key ? { ...line, ...change } : line)));
  };
  const errorOf = (field: string) => shownErrors[field] ?? null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending || !canEdit) return;
    setShownErrors(parsed.errors);
    setIsConflict(false);
    const problems = Object.values(parsed.errors);
    if (lines.length === 0) {
      setErrors([{ key: 'errors.balances.noLines' }]);
      return;
    }
    if (problems.length > 0) {
      setErrors([...new Set(problems)].map((key) => ({ key })));
      return;
    }
    setErrors([]);
    save.mutate({ tenant: tenant.slug, date, lines: parsed.lines, expectedVersion: view?.version ?? null });
  }

  const checkText = sheet.isBalanced
    ? t('economy.reports.balanced')
    : t('economy.reports.notBalanced', {
        side:
          sheet.largerSide === 'assets' ? t('economy.reports.sideAssets') : t('economy.reports.sideEquity'),
        amount: formatAmount(Math.abs(sheet.difference), 'kr'),
      });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={captionId}>
      {errors.length > 0 ? (
        <div ref={errorRef} tabIndex={-1} className="notice notice--error" role="alert">
          <p>{t('economy.balances.fixErrors')}</p>
          <ul className="notice__list">
            {errors.map((message) => (
              <li key={message.key}>{t(message.key, message.values)}</li>
            ))}
          </ul>
          {isConflict ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() =>
                void queryClient.invalidateQueries({ queryKey: trpc.economy.balances.pathKey() })
              }
            >
              {t('economy.balances.reload')}
            </button>
          ) : null}
        </div>
      ) : null}
      {!view ? (
        <p className="notice notice--info">{t('economy.balances.none', { date: formatDate(date) })}</p>
      ) : null}
      {!canEdit ? <p className="notice notice--info">{t('economy.common.readOnly')}</p> : null}
      <div className="table-scroll">
        <table className="economy-table economy-table--editor">
          <caption id={captionId}>{t('economy.balances.tableCaption', { date: formatDate(date) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('economy.balances.name')}</th>
              <th scope="col">{t('economy.balances.section')}</th>
              <th scope="col">{t('economy.reports.note')}</th>
              <th scope="col" className="num">
                {t('economy.balances.amount')}
              </th>
              {canEdit ? (
                <th scope="col">
                  <span className="visually-hidden">{t('economy.common.remove')}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {lines.map((line, index) => {
              const number = index + 1;
              return (
                <tr key={line.key}>
                  <td>
                    <input
                      className="field__input"
                      aria-label={t('economy.balances.lineName', { number })}
                      value={line.name}
                      readOnly={!canEdit}
                      aria-invalid={errorOf(`${line.key}.name`) ? true : undefined}
                      onChange={(event) => update(line.key, { name: event.target.value })}
                    />
                  </td>
                  <td>
                    <select
                      className="field__input"
                      aria-label={t('economy.balances.lineSection', { number })}
                      value={line.section}
                      disabled={!canEdit}
                      onChange={(event) =>
                        update(line.key, { section: event.target.value as BalanceSection })
                      }
                    >
                      {balanceSections.map((section) => (
                        <option key={section} value={section}>
                          {t(`economy.reports.sections.${section}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      className="field__input field__input--short"
                      inputMode="numeric"
                      aria-label={t('economy.balances.lineNote', { number })}
                      value={line.note}
                      readOnly={!canEdit}
                      aria-invalid={errorOf(`${line.key}.note`) ? true : undefined}
                      onChange={(event) => update(line.key, { note: event.target.value })}
                    />
                  </td>
                  <td className="num">
                    <input
                      className="field__input field__input--amount"
                      inputMode="decimal"
                      aria-label={t('economy.balances.lineAmount', { number })}
                      value={line.amount}
                      readOnly={!canEdit}
                      aria-invalid={errorOf(`${line.key}.amount`) ? true : undefined}
                      onChange={(event) => update(line.key, { amount: event.target.value })}
                    />
                  </td>
                  {canEdit ? (
                    <td>
                      <button
                        type="button"
                        className="button button--secondary"
                        onClick={() => {
                          onEdit();
                          setLines(lines.filter((other) => other.key !== line.key));
                        }}
                      >
                        {t('economy.balances.removeLine', { number })}
                      </button>
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {canEdit ? (
        <div className="economy-actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              setLines([
                ...lines,
                { key: newKey(), code: '', name: '', section: 'currentAssets', note: '', amount: '' },
              ])
            }
          >
            {t('economy.balances.addLine')}
          </button>
          <button type="submit" className="button button--primary" aria-disabled={save.isPending}>
            {save.isPending ? t('economy.common.saving') : t('economy.common.save')}
          </button>
        </div>
      ) : null}

      <section aria-labelledby={`${captionId}-check`}>
        <h2 id={`${captionId}-check`}>{t('economy.balances.checkTitle')}</h2>
        <p className={`notice ${sheet.isBalanced ? 'notice--success' : 'notice--error'}`} role="status">
          {checkText}
        </p>
        <div className="table-scroll">
          <table className="economy-table">
            <caption>{t('economy.balances.checkCaption')}</caption>
            <tbody>
              {balanceSections.map((section) => (
                <tr key={section}>
                  <th scope="row">{t(`economy.reports.sections.${section}`)}</th>
                  <td className="num">{formatAmount(sheet.sections[section], unit)}</td>
                </tr>
              ))}
              <tr className="economy-report__total">
                <th scope="row">{t('economy.reports.totalAssets')}</th>
                <td className="num">{formatAmount(sheet.totalAssets, unit)}</td>
              </tr>
              <tr className="economy-report__total">
                <th scope="row">{t('economy.reports.totalEquityAndLiabilities')}</th>
                <td className="num">{formatAmount(sheet.totalEquityAndLiabilities, unit)}</td>
              </tr>
              <tr className="economy-report__total">
                <th scope="row">{t('economy.balances.difference')}</th>
                <td className="num">{formatAmount(sheet.difference, unit)}</td>
              </tr>
            </tbody>
          </table>
        </div>
      </section>
    </form>
  );
}
