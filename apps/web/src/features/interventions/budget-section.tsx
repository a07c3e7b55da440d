import { interventionBudgetSchema, kronorTextSchema, validateWith } from '@samsyn/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { errorMessageOf } from '../../lib/error-message.ts';
import type { Message, MessageKey } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import {
  apiFieldErrors,
  DemoBadge,
  ErrorSummary,
  Field,
  formatCount,
  formatOre,
  type InterventionDetail,
  useSlug,
  validationKey,
} from './shared.tsx';

type BudgetEntry = InterventionDetail['budgets'][number];

/** Budget and spend per year with share used; editors add, change and remove years. */
export function BudgetSection({ detail, canChange }: { detail: InterventionDetail; canChange: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const trpc = useTRPC();
  const slug = useSlug();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<BudgetEntry | 'new' | null>(null);
  const [deleting, setDeleting] = useState<BudgetEntry | null>(null);
  const [deleteError, setDeleteError] = useState<Message | null>(null);
  const remove = useMutation(
    trpc.interventions.budget.delete.mutationOptions({
      onSuccess: async () => {
        setDeleting(null);
        await queryClient.invalidateQueries({ queryKey: trpc.interventions.pathKey() });
      },
      onError: (error) => setDeleteError(errorMessageOf(error)),
    }),
  );
  return (
    <section className="insatser-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('interventions.detail.budgetTitle')}</h2>
      <p className="insatser-muted">{t('interventions.detail.spendSource')}</p>
      {detail.budgets.length === 0 ? (
        <p className="empty-state">{t('interventions.detail.noBudget')}</p>
      ) : (
        <div className="insatser-table-wrap">
          <table className="insatser-table">
            <caption>{t('interventions.detail.budgetCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('interventions.detail.year')}</th>
                <th scope="col" className="num">
                  {t('interventions.detail.totalBudget')}
                </th>
                <th scope="col" className="num">
                  {t('interventions.detail.spend')}
                </th>
                <th scope="col" className="num">
                  {t('interventions.detail.shareUsed')}
                </th>
                <th scope="col" className="num">
                  {t('interventions.detail.planned')}
                </th>
                {canChange ? <td /> : null}
              </tr>
            </thead>
            <tbody>
              {detail.budgets.map((budget) => (
                <tr key={budget.year}>
                  <th scope="row">
                    {budget.year}
                    <DemoBadge isShown={budget.isDemoEstimate} />
                  </th>
                  <td className="num">{formatOre(budget.totalBudget)}</td>
                  <td className="num">{formatOre(budget.spendToDate)}</td>
                  <td className="num">
                    {budget.usage.percentUsed === null
                      ? '–'
                      : t('interventions.common.percentOf', { percent: budget.usage.percentUsed })}
                  </td>
                  <td className="num">{formatCount(budget.plannedParticipants?.total)}</td>
                  {canChange ? (
                    <td>
                      <div className="insatser-actions">
                        <button
                          type="button"
                          className="button button--secondary"
                          onClick={() => setEditing(budget)}
                        >
                          {t('interventions.common.edit')}
                          <span className="visually-hidden"> {budget.year}</span>
                        </button>
                        <button
                          type="button"
                          className="button button--secondary"
                          onClick={() => setDeleting(budget)}
                        >
                          {t('interventions.common.delete')}
                          <span className="visually-hidden"> {budget.year}</span>
                        </button>
                      </div>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canChange && editing === null ? (
        <p>
          <button type="button" className="button button--secondary" onClick={() => setEditing('new')}>
            {t('interventions.detail.budgetYearTitle')}
          </button>
        </p>
      ) : null}
      {editing !== null ? (
        <BudgetForm
          interventionId={detail.intervention.id}
          entry={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      ) : null}
      <ConfirmDialog
        isOpen={deleting !== null}
        title={t('interventions.detail.deleteBudgetTitle', { year: deleting?.year ?? '' })}
        confirmLabel={t('interventions.common.delete')}
        isPending={remove.isPending}
        error={deleteError}
        onConfirm={() =>
          deleting &&
          remove.mutate({
            tenant: slug,
            interventionId: detail.intervention.id,
            year: deleting.year,
            expectedVersion: deleting.version,
          })
        }
        onCancel={() => {
          setDeleting(null);
          setDeleteError(null);
        }}
      >
        <p>{t('interventions.detail.deleteBudgetBody')}</p>
      </ConfirmDialog>
    </section>
  );
}

const kronorText = (ore: number | undefined) =>
  ore === undefined ? '' : String(ore / 100).replace('.', ',');

function BudgetForm({
  interventionId,
  entry,
  onDone,
}: {
  interventionId: string;
  entry: BudgetEntry | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useSlug();
  const queryClient = useQueryClient();
  const baseId = useId();
  const headingId = useId();
  const fieldId = (path: string) => `${baseId}-${path.replace(/\./g, '-')}`;
  const planned = entry?.plannedParticipants;
  const [state, setState] = useState({
    year: entry ? String(entry.year) : String(new Date().getFullYear()),
    totalBudget: kronorText(entry?.totalBudget),
    spendToDate: kronorText(entry?.spendToDate),
    plannedTotal: planned ? String(planned.total) : '',
    plannedWomen: planned ? String(planned.women) : '',
    plannedMen: planned ? String(planned.men) : '',
    plannedOther: planned ? String(planned.otherUnknown) : '',
  });
  const [errors, setErrors] = useState<Record<string, MessageKey>>({});
  const [formError, setFormError] = useState<Message | null>(null);
  const [attempt, setAttempt] = useState(0);
  const save = useMutation(
    trpc.interventions.budget.save.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.interventions.pathKey() });
        onDone();
      },
      onError: (error) => {
        const fieldErrors = apiFieldErrors(error);
        setErrors(fieldErrors);
        setFormError(Object.keys(fieldErrors).length > 0 ? null : errorMessageOf(error));
        setAttempt((n) => n + 1);
      },
    }),
  );
  const set = (key: keyof typeof state, value: string) =>
    setState((current) => ({ ...current, [key]: value }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fieldErrors: Record<string, MessageKey> = {};
    const amount = (text: string, field: 'totalBudget' | 'spendToDate') => {
      const parsed = kronorTextSchema.safeParse(text);
      if (parsed.success) return parsed.data as number;
      fieldErrors[field] =
        field === 'totalBudget'
          ? 'validation.interventionBudget.totalInvalid'
          : 'validation.interventionBudget.spendInvalid';
      return 0;
    };
    const count = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim()));
    const hasPlanned = [state.plannedTotal, state.plannedWomen, state.plannedMen, state.plannedOther].some(
      (v) => v.trim() !== '',
    );
    const input = {
      year: Number(state.year),
      totalBudget: amount(state.totalBudget, 'totalBudget'),
      spendToDate: amount(state.spendToDate, 'spendToDate'),
      plannedParticipants: hasPlanned
        ? {
            total: count(state.plannedTotal),
            women: count(state.plannedWomen || '0'),
            men: count(state.plannedMen || '0'),
            otherUnknown: count(state.plannedOther || '0'),
          }
        : null,
    };
    const checked = validateWith(interventionBudgetSchema, input);
    if (!checked.ok)
      for (const problem of checked.problems)
        fieldErrors[problem.path.join('.')] ??= validationKey(problem.key);
    if (Object.keys(fieldErrors).length > 0 || !checked.ok) {
      setErrors(fieldErrors);
      setFormError(null);
      setAttempt((n) => n + 1);
      return;
    }
    save.mutate({ tenant: slug, interventionId, ...checked.value, expectedVersion: entry?.version ?? null });
  }

  const input = (key: keyof typeof state, path: string, label: string, hint?: string) => (
    <Field id={fieldId(path)} label={label} error={errors[path]} {...(hint ? { hint } : {})}>
      {(describedBy, isInvalid) => (
        <input
          id={fieldId(path)}
          className="field__input"
          inputMode="decimal"
          value={state[key]}
          readOnly={key === 'year' && entry !== null}
          onChange={(event) => set(key, event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={isInvalid || undefined}
        />
      )}
    </Field>
  );
  return (
    <form className="insatser-panel" noValidate onSubmit={onSubmit} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {entry
          ? t('interventions.detail.budgetYearEditTitle', { year: entry.year })
          : t('interventions.detail.budgetYearTitle')}
      </h3>
      <ErrorSummary message={formError} errors={errors} fieldIdOf={fieldId} attempt={attempt} />
      {input('year', 'year', t('interventions.detail.year'))}
      {input(
        'totalBudget',
        'totalBudget',
        t('interventions.detail.totalBudget'),
        t('interventions.detail.amountHint'),
      )}
      {input(
        'spendToDate',
        'spendToDate',
        t('interventions.detail.spend'),
        t('interventions.detail.amountHint'),
      )}
      {input(
        'plannedTotal',
        'plannedParticipants.total',
        t('interventions.detail.plannedTotal'),
        t('interventions.detail.plannedHint'),
      )}
      {input('plannedWomen', 'plannedParticipants.women', t('interventions.detail.plannedWomen'))}
      {input('plannedMen', 'plannedParticipants.men', t('interventions.detail.plannedMen'))}
      {input('plannedOther', 'plannedParticipants.otherUnknown', t('interventions.detail.plannedOther'))}
      <div className="insatser-actions">
        <button type="submit" className="button button--primary" aria-disabled={save.isPending}>
          {save.isPending ? t('interventions.common.saving') : t('interventions.common.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('interventions.common.cancel')}
        </button>
      </div>
    </form>
  );
}
