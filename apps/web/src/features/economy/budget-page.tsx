import type { AppRouter } from '@samsyn/api';
import {
  type Budget,
  type BudgetLineKind,
  budgetLineKinds,
  computeBudget,
  type FunderGroup,
  funderGroups,
  type Ore,
  suggestSlug,
} from '@samsyn/domain';
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
import { useEconomyYear, YearPicker } from './year-picker.tsx';

type BudgetView = inferRouterOutputs<AppRouter>['economy']['budget']['get'];

interface EditorLine {
  key: string;
  code: string;
  name: string;
  kind: BudgetLineKind;
  funderGroup: FunderGroup | '';
  group: string;
  memberId?: string;
  amounts: string[];
  ofWhich?: { code: string; name: string; amounts: (Ore | null)[] }[];
}

let nextKey = 0;
const newKey = () => `line-${++nextKey}`;

function editorLinesOf(view: BudgetView): EditorLine[] {
  return (view.budget?.lines ?? []).map((line) => ({
    key: newKey(),
    code: line.code,
    name: line.name,
    kind: line.kind,
    funderGroup: line.funderGroup ?? '',
    group: line.group ?? '',
    ...(line.memberId ? { memberId: line.memberId } : {}),
    amounts: line.amounts.map((amount) => amountToInput(amount)),
    ...(line.ofWhich ? { ofWhich: line.ofWhich } : {}),
  }));
}

/** A code for a new line from its name, unique in the budget: "Utbildning" → "utbildning". */
function codeFor(name: string, taken: ReadonlySet<string>): string {
  const base = suggestSlug(name).slice(0, 50) || 'rad';
  let code = base;
  for (let n = 2; taken.has(code); n += 1) code = `${base}-${n}`;
  return code;
}

interface Draft {
  years: number[];
  lines: EditorLine[];
  version: number | null;
}

/** Builds the budget to save; amounts that cannot be read are reported per field. */
function toBudget(draft: Draft): { budget: Budget; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const taken = new Set(draft.lines.filter((line) => line.code).map((line) => line.code));
  const lines = draft.lines.map((line, index) => {
    const code = line.code || codeFor(line.name, taken);
    taken.add(code);
    const amounts = line.amounts.map((text, yearIndex) => {
      const parsed = inputToAmount(text.trim() === '' ? '0' : text);
      if (!parsed.ok) errors[`${line.key}.${yearIndex}`] = parsed.error;
      return (parsed.ok ? parsed.value : 0) as Ore;
    });
    if (line.name.trim() === '') errors[`${line.key}.name`] = 'budget.nameRequired';
    if (line.kind === 'contribution' && line.funderGroup === '')
      errors[`${line.key}.funder`] = 'budget.invalidFunderGroup';
    void index;
    return {
      code,
      name: line.name.trim(),
      kind: line.kind,
      ...(line.kind === 'contribution' && line.funderGroup ? { funderGroup: line.funderGroup } : {}),
      ...(line.group.trim() ? { group: line.group.trim() } : {}),
      ...(line.memberId ? { memberId: line.memberId } : {}),
      amounts,
      ...(line.ofWhich ? { ofWhich: line.ofWhich } : {}),
    };
  });
  return { budget: { years: draft.years, lines }, errors };
}

/** `/f/:slug/ekonomi`: the budget or multi-year plan in force for a year, editable by editors. */
export function BudgetPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { year, years, isReady } = useEconomyYear(tenant.slug);
  const trpc = useTRPC();
  const view = useQuery({
    ...trpc.economy.budget.get.queryOptions({ tenant: tenant.slug, year }),
    enabled: isReady,
  });
  const title = t('economy.budget.title');
  const [status, setStatus] = useState<Message | null>(null);

  return (
    <>
      <PageHeading titleParts={[title, t('economy.title'), tenant.name]}>{`${title} ${year}`}</PageHeading>
      <p>{t('economy.budget.intro')}</p>
      <YearPicker key={year} year={year} years={years} />
      {!isReady || view.isPending ? (
        <LoadingStatus />
      ) : view.isError ? (
        <ErrorPanel error={view.error} onRetry={() => void view.refetch()} />
      ) : (
        <BudgetEditor
          key={`${year}-${view.data.budget?.id ?? 'new'}-${view.data.budget?.version ?? 0}`}
          view={view.data}
          year={year}
          status={status}
          setStatus={setStatus}
        />
      )}
    </>
  );
}

function BudgetEditor({
  view,
  year,
  status,
  setStatus,
}: {
  view: BudgetView;
  year: number;
  /** Kept by the page, so the message outlives the editor rebuilt from the saved budget. */
  status: Message | null;
  setStatus: (status: Message | null) => void;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const unit = useMoneyUnit();
  const canEdit = useTenantRole('editor');
  const [draft, setDraft] = useState<Draft | null>(() =>
    view.budget
      ? { years: view.budget.years, lines: editorLinesOf(view), version: view.budget.version }
      : null,
  );
  const [planYears, setPlanYears] = useState('0');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [serverErrors, setServerErrors] = useState<Message[]>([]);
  const [confirmKey, setConfirmKey] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const planYearsId = useId();

  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.economy.pathKey() });
  const save = useMutation(
    trpc.economy.budget.save.mutationOptions({
      onSuccess: async () => {
        setStatus({ key: 'economy.budget.saved' });
        setServerErrors([]);
        await invalidate();
      },
      onError: (error) => {
        const fields = fieldErrorsOf(error);
        const messages = Object.values(fields).map((key) => ({ key }));
        setServerErrors(messages.length > 0 ? messages : [errorMessageOf(error)]);
        setStatus(null);
      },
    }),
  );
  const copy = useMutation(
    trpc.economy.budget.copyFromYear.mutationOptions({
      onSuccess: async () => {
        setStatus({ key: 'economy.budget.copied', values: { year, from: year - 1 } });
        await invalidate();
      },
      onError: (error) => setServerErrors([errorMessageOf(error)]),
    }),
  );

  useEffect(() => {
    if (status || serverErrors.length > 0) statusRef.current?.focus();
  }, [status, serverErrors]);

  const statusBlock =
    status || serverErrors.length > 0 ? (
      <div
        ref={statusRef}
        tabIndex={-1}
        className={`notice ${serverErrors.length > 0 ? 'notice--error' : 'notice--success'}`}
        role={serverErrors.length > 0 ? 'alert' : 'status'}
      >
        {serverErrors.length > 0 ? (
          <>
            <p>{t('economy.budget.fixErrors')}</p>
            <ul className="notice__list">
              {serverErrors.map((message, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: messages have no identity of their own
                <li key={index}>{t(message.key, message.values)}</li>
              ))}
            </ul>
          </>
        ) : status ? (
          <p>{t(status.key, status.values)}</p>
        ) : null}
      </div>
    ) : null;

  if (!draft) {
    return (
      <section aria-labelledby={`${planYearsId}-title`}>
        {statusBlock}
        <h2 id={`${planYearsId}-title`}>{t('economy.budget.createTitle')}</h2>
        <p>{t('economy.budget.none', { year })}</p>
        {canEdit ? (
          <div className="economy-actions">
            <div className="field field--inline">
              <label className="field__label" htmlFor={planYearsId}>
                {t('economy.budget.planYears')}
              </label>
              <select
                id={planYearsId}
                className="field__input"
                value={planYears}
                onChange={(event) => setPlanYears(event.target.value)}
              >
                {['0', '1', '2', '3', '4'].map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                const count = Number(planYears) + 1;
                setDraft({
                  years: Array.from({ length: count }, (_, index) => year + index),
                  lines: [
                    {
                      key: newKey(),
                      code: '',
                      name: '',
                      kind: 'cost',
                      funderGroup: '',
                      group: '',
                      amounts: Array(count).fill(''),
                    },
                  ],
                  version: null,
                });
              }}
            >
              {t('economy.budget.createEmpty', { year })}
            </button>
            <button
              type="button"
              className="button button--primary"
              aria-disabled={copy.isPending}
              onClick={() =>
                !copy.isPending && copy.mutate({ tenant: tenant.slug, fromYear: year - 1, toYear: year })
              }
            >
              {t('economy.budget.copyFrom', { from: year - 1, year })}
            </button>
          </div>
        ) : null}
      </section>
    );
  }

  const { budget, errors: parseErrors } = toBudget(draft);
  const totals = computeBudget(budget);
  const yearsLabel =
    draft.years.length > 1
      ? `${draft.years[0]}–${draft.years[draft.years.length - 1]}`
      : String(draft.years[0]);
  const update = (key: string, change: Partial<EditorLine>) =>
    setDraft({
      ...draft,
      lines: draft.lines.map((line) => (line.key === key ? { ...line, ...change } : line)),
    });
  const errorOf = (field: string): MessageKey | null => {
    const key = fieldErrors[field];
    return key ? ((key.startsWith('money.') ? `errors.${key}` : `errors.${key}`) as MessageKey) : null;
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!draft || save.isPending || !canEdit) return;
    setFieldErrors(parseErrors);
    setStatus(null);
    if (Object.keys(parseErrors).length > 0) {
      setServerErrors(Object.values(parseErrors).map((key) => ({ key: `errors.${key}` as MessageKey })));
      return;
    }
    setServerErrors([]);
    save.mutate({ tenant: tenant.slug, budget, expectedVersion: draft.version });
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      {statusBlock}
      {view.isPlanYear && view.budget ? (
        <p className="notice notice--info">
          {t('economy.budget.planYear', {
            year,
            first: draft.years[0],
            last: draft.years[draft.years.length - 1],
          })}
        </p>
      ) : null}
      {!canEdit ? <p className="notice notice--info">{t('economy.common.readOnly')}</p> : null}
      <div className="table-scroll">
        <table className="economy-table economy-table--editor">
          <caption>{t('economy.budget.tableCaption', { years: yearsLabel })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('economy.budget.name')}</th>
              <th scope="col">{t('economy.budget.kind')}</th>
              <th scope="col">{t('economy.budget.funderGroup')}</th>
              <th scope="col">{t('economy.budget.group')}</th>
              {draft.years.map((y) => (
                <th key={y} scope="col" className="num">
                  {t('economy.budget.amountFor', { year: y })}
                </th>
              ))}
              {canEdit ? (
                <th scope="col">
                  <span className="visually-hidden">{t('economy.common.remove')}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {draft.lines.map((line, index) => {
              const number = index + 1;
              const nameError = errorOf(`${line.key}.name`);
              return [
                <tr key={line.key}>
                  <td>
                    <input
                      className="field__input"
                      aria-label={t('economy.budget.lineName', { number })}
                      value={line.name}
                      readOnly={!canEdit}
                      aria-invalid={nameError ? true : undefined}
                      onChange={(event) => update(line.key, { name: event.target.value })}
                    />
                  </td>
                  <td>
                    <select
                      className="field__input"
                      aria-label={t('economy.budget.lineKind', { number })}
                      value={line.kind}
                      disabled={!canEdit}
                      onChange={(event) => update(line.key, { kind: event.target.value as BudgetLineKind })}
                    >
                      {budgetLineKinds.map((kind) => (
                        <option key={kind} value={kind}>
                          {t(`economy.kinds.${kind}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    {line.kind === 'contribution' ? (
                      <select
                        className="field__input"
                        aria-label={t('economy.budget.lineFunder', { number })}
                        value={line.funderGroup}
                        disabled={!canEdit}
                        aria-invalid={errorOf(`${line.key}.funder`) ? true : undefined}
                        onChange={(event) =>
                          update(line.key, { funderGroup: event.target.value as FunderGroup })
                        }
                      >
                        <option value="">{t('economy.common.none')}</option>
                        {funderGroups.map((group) => (
                          <option key={group} value={group}>
                            {t(`economy.funderGroups.${group}`)}
                          </option>
                        ))}
                      </select>
                    ) : null}
                  </td>
                  <td>
                    <input
                      className="field__input field__input--short"
                      aria-label={t('economy.budget.lineGroup', { number })}
                      value={line.group}
                      readOnly={!canEdit}
                      onChange={(event) => update(line.key, { group: event.target.value })}
                    />
                  </td>
                  {draft.years.map((y, yearIndex) => (
                    <td key={y} className="num">
                      <input
                        className="field__input field__input--amount"
                        inputMode="decimal"
                        aria-label={t('economy.budget.lineAmount', { year: y, number })}
                        value={line.amounts[yearIndex] ?? ''}
                        readOnly={!canEdit}
                        aria-invalid={errorOf(`${line.key}.${yearIndex}`) ? true : undefined}
                        onChange={(event) =>
                          update(line.key, {
                            amounts: line.amounts.map((amount, i) =>
                              i === yearIndex ? event.target.value : amount,
                            ),
                          })
                        }
                      />
                    </td>
                  ))}
                  {canEdit ? (
                    <td>
                      {confirmKey === line.key ? (
                        <span className="economy-confirm">
                          <span>
                            {t('economy.budget.removeConfirm', { name: line.name || String(number) })}
                          </span>
                          <button
                            type="button"
                            className="button button--danger"
                            onClick={() => {
                              setDraft({
                                ...draft,
                                lines: draft.lines.filter((other) => other.key !== line.key),
                              });
                              setConfirmKey(null);
                            }}
                          >
                            {t('economy.common.confirmRemove')}
                          </button>
                          <button
                            type="button"
                            className="button button--secondary"
                            onClick={() => setConfirmKey(null)}
                          >
                            {t('economy.common.cancel')}
                          </button>
                        </span>
                      ) : (
                        <button
                          type="button"
                          className="button button--secondary"
                          onClick={() => setConfirmKey(line.key)}
                        >
                          {t('economy.budget.removeLine', { number })}
                        </button>
                      )}
                    </td>
                  ) : null}
                </tr>,
                ...(line.ofWhich ?? []).map((sub) => (
                  <tr key={`${line.key}-${sub.code}`} className="economy-table__sub">
                    <td colSpan={4}>{t('economy.budget.ofWhich', { name: sub.name })}</td>
                    {draft.years.map((y, yearIndex) => (
                      <td key={y} className="num">
                        {sub.amounts[yearIndex] === null || sub.amounts[yearIndex] === undefined
                          ? t('economy.common.none')
                          : formatAmount(sub.amounts[yearIndex] as number, unit)}
                      </td>
                    ))}
                    {canEdit ? <td /> : null}
                  </tr>
                )),
              ];
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
              setDraft({
                ...draft,
                lines: [
                  ...draft.lines,
                  {
                    key: newKey(),
                    code: '',
                    name: '',
                    kind: 'cost',
                    funderGroup: '',
                    group: '',
                    amounts: draft.years.map(() => ''),
                  },
                ],
              })
            }
          >
            {t('economy.budget.addLine')}
          </button>
          <button type="submit" className="button button--primary" aria-disabled={save.isPending}>
            {save.isPending ? t('economy.common.saving') : t('economy.common.save')}
          </button>
        </div>
      ) : null}

      <div className="table-scroll">
        <table className="economy-table">
          <caption>{t('economy.budget.totalsCaption')}</caption>
          <thead>
            <tr>
              <td />
              {totals.map((row) => (
                <th key={row.year} scope="col" className="num">
                  {row.year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(['revenue', 'costs', 'result', 'useOfEquity'] as const).map((field) => (
              <tr key={field}>
                <th scope="row">{t(`economy.budget.${field}`)}</th>
                {totals.map((row) => (
                  <td key={row.year} className="num">
                    {formatAmount(row[field], unit)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {totals.flatMap((row) =>
        row.ofWhichDeviations.map((deviation) => (
          <p key={`${row.year}-${deviation.lineCode}`} className="notice notice--warning">
            {t('economy.budget.ofWhichDeviation', {
              name: budget.lines.find((line) => line.code === deviation.lineCode)?.name ?? deviation.lineCode,
              year: row.year,
              amount: formatAmount(deviation.difference, unit),
            })}
          </p>
        )),
      )}
    </form>
  );
}
