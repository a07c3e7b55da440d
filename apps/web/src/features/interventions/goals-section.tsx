import {
  countMeasures,
  type Goal,
  goalProblemsForKind,
  goalSchema,
  type QualitativeStatus,
  qualitativeStatuses,
  shareMeasures,
  validateWith,
} from '@samsyn/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { errorMessageOf } from '../../lib/error-message.ts';
import type { Message, MessageKey } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { goalActualText, goalStatusText, goalTargetText } from './goal-text.ts';
import {
  apiFieldErrors,
  DemoBadge,
  ErrorSummary,
  Field,
  type InterventionDetail,
  useSlug,
  validationKey,
} from './shared.tsx';

type GoalEntry = InterventionDetail['goals'][number];

/** The goals of an intervention, each followed up for a chosen period; editors add, change, assess and remove. */
export function GoalsSection({ detail, canChange }: { detail: InterventionDetail; canChange: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const periodId = useId();
  const [period, setPeriod] = useState(detail.periods.at(-1) ?? '');
  const [editing, setEditing] = useState<GoalEntry | 'new' | null>(null);
  const [assessing, setAssessing] = useState<GoalEntry | null>(null);
  const [deleting, setDeleting] = useState<GoalEntry | null>(null);
  const [deleteError, setDeleteError] = useState<Message | null>(null);
  const trpc = useTRPC();
  const slug = useSlug();
  const queryClient = useQueryClient();
  const remove = useMutation(
    trpc.interventions.goals.delete.mutationOptions({
      onSuccess: async () => {
        setDeleting(null);
        await queryClient.invalidateQueries({ queryKey: trpc.interventions.pathKey() });
      },
      onError: (error) => setDeleteError(errorMessageOf(error)),
    }),
  );

  return (
    <section className="insatser-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('interventions.goals.title')}</h2>
      {detail.periods.length > 0 ? (
        <div className="field">
          <label className="field__label" htmlFor={periodId}>
            {t('interventions.goals.followUpPeriod')}
          </label>
          <select
            id={periodId}
            className="field__input"
            value={period}
            onChange={(e) => setPeriod(e.target.value)}
          >
            {detail.periods.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {detail.goals.length === 0 ? (
        <p className="empty-state">{t('interventions.goals.empty')}</p>
      ) : (
        <div className="insatser-table-wrap">
          <table className="insatser-table">
            <caption>
              {period
                ? t('interventions.goals.caption', { period })
                : t('interventions.goals.captionNoPeriod')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('interventions.goals.goal')}</th>
                <th scope="col">{t('interventions.goals.target')}</th>
                <th scope="col">{t('interventions.goals.actual')}</th>
                <th scope="col">{t('interventions.goals.status')}</th>
                <th scope="col">{t('interventions.goals.comment')}</th>
                {canChange ? <td /> : null}
              </tr>
            </thead>
            <tbody>
              {detail.goals.map((entry) => {
                const followUp = entry.followUps.find((item) => item.period === period)?.followUp;
                return (
                  <tr key={entry.id}>
                    <th scope="row">
                      {entry.goal.description}
                      <DemoBadge isShown={entry.isDemoEstimate} />
                    </th>
                    <td>{goalTargetText(t, entry.goal) || t('interventions.common.none')}</td>
                    <td>{followUp ? goalActualText(t, followUp) || t('interventions.common.none') : '–'}</td>
                    <td>{followUp ? goalStatusText(t, followUp) : t('interventions.goals.noStatus')}</td>
                    <td>{followUp?.comment || t('interventions.common.none')}</td>
                    {canChange ? (
                      <td>
                        <div className="insatser-actions">
                          {period &&
                          (entry.goal.type === 'qualitative' || entry.goal.measure === 'entered') ? (
                            <button
                              type="button"
                              className="button button--secondary"
                              onClick={() => setAssessing(entry)}
                            >
                              {t('interventions.goals.assess')}
                              <span className="visually-hidden">: {entry.goal.description}</span>
                            </button>
                          ) : null}
                          <button
                            type="button"
                            className="button button--secondary"
                            onClick={() => setEditing(entry)}
                          >
                            {t('interventions.common.edit')}
                            <span className="visually-hidden">: {entry.goal.description}</span>
                          </button>
                          <button
                            type="button"
                            className="button button--secondary"
                            onClick={() => setDeleting(entry)}
                          >
                            {t('interventions.common.delete')}
                            <span className="visually-hidden">: {entry.goal.description}</span>
                          </button>
                        </div>
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {canChange && editing === null ? (
        <p>
          <button type="button" className="button button--secondary" onClick={() => setEditing('new')}>
            {t('interventions.goals.add')}
          </button>
        </p>
      ) : null}
      {editing !== null ? (
        <GoalForm
          detail={detail}
          entry={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      ) : null}
      {assessing !== null ? (
        <AssessForm entry={assessing} period={period} onDone={() => setAssessing(null)} />
      ) : null}
      <ConfirmDialog
        isOpen={deleting !== null}
        title={t('interventions.goals.deleteTitle')}
        confirmLabel={t('interventions.common.delete')}
        isPending={remove.isPending}
        error={deleteError}
        onConfirm={() =>
          deleting && remove.mutate({ tenant: slug, goalId: deleting.id, expectedVersion: deleting.version })
        }
        onCancel={() => {
          setDeleting(null);
          setDeleteError(null);
        }}
      >
        <p>{deleting?.goal.description}</p>
        <p>{t('interventions.goals.deleteBody')}</p>
      </ConfirmDialog>
    </section>
  );
}

interface GoalFormState {
  type: Goal['type'];
  description: string;
  countMeasure: string;
  shareMeasure: string;
  target: string;
  targetPercent: string;
  comparison: 'at_least' | 'at_most';
  period: string;
}

function stateOf(goal: Goal | null, kind: 'individual' | 'structural'): GoalFormState {
  const firstCount = countMeasures.find((measure) => measure.kind === kind)?.id ?? 'entered';
  return {
    type: goal?.type ?? 'count',
    description: goal?.description ?? '',
    countMeasure: goal?.type === 'count' ? goal.measure : firstCount,
    shareMeasure: goal?.type === 'share' ? goal.measure : 'ended_to_work_or_studies',
    target: goal?.type === 'count' ? String(goal.target) : '',
    targetPercent: goal?.type === 'share' ? String(goal.targetPercent) : '',
    comparison: goal?.type === 'share' ? goal.comparison : 'at_least',
    period: goal && goal.type !== 'qualitative' ? (goal.period ?? '') : '',
  };
}

const numberOrText = (text: string): number | string =>
  text.trim() === '' ? Number.NaN : Number(text.trim());

function goalFrom(state: GoalFormState): unknown {
  if (state.type === 'qualitative') return { type: 'qualitative', description: state.description };
  if (state.type === 'count') {
    return {
      type: 'count',
      description: state.description,
      measure: state.countMeasure,
      target: numberOrText(state.target),
      period: state.period.trim() || null,
    };
  }
  return {
    type: 'share',
    description: state.description,
    measure: state.shareMeasure,
    targetPercent: numberOrText(state.targetPercent),
    comparison: state.comparison,
    period: state.period.trim() || null,
  };
}

function GoalForm({
  detail,
  entry,
  onDone,
}: {
  detail: InterventionDetail;
  entry: GoalEntry | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useSlug();
  const queryClient = useQueryClient();
  const baseId = useId();
  const headingId = useId();
  const fieldId = (path: string) => `${baseId}-${path.replace(/^goal\./, '')}`;
  const kind = detail.intervention.kind;
  const [state, setState] = useState<GoalFormState>(stateOf(entry?.goal ?? null, kind));
  const [errors, setErrors] = useState<Record<string, MessageKey>>({});
  const [formError, setFormError] = useState<Message | null>(null);
  const [attempt, setAttempt] = useState(0);
  const set = <K extends keyof GoalFormState>(key: K, value: GoalFormState[K]) =>
    setState((current) => ({ ...current, [key]: value }));
  const onSuccess = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.interventions.pathKey() });
    onDone();
  };
  const onError = (error: unknown) => {
    const fieldErrors = apiFieldErrors(error);
    setErrors(fieldErrors);
    setFormError(Object.keys(fieldErrors).length > 0 ? null : errorMessageOf(error));
    setAttempt((n) => n + 1);
  };
  const create = useMutation(trpc.interventions.goals.create.mutationOptions({ onSuccess, onError }));
  const update = useMutation(trpc.interventions.goals.update.mutationOptions({ onSuccess, onError }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = validateWith(goalSchema, goalFrom(state));
    const problems = checked.ok ? goalProblemsForKind(checked.value, kind) : checked.problems;
    if (!checked.ok || problems.length > 0) {
      const fieldErrors: Record<string, MessageKey> = {};
      for (const problem of problems)
        fieldErrors[`goal.${problem.path.join('.')}`] ??= validationKey(problem.key);
      setErrors(fieldErrors);
      setFormError(null);
      setAttempt((n) => n + 1);
      return;
    }
    if (entry)
      update.mutate({ tenant: slug, goalId: entry.id, goal: checked.value, expectedVersion: entry.version });
    else create.mutate({ tenant: slug, interventionId: detail.intervention.id, goal: checked.value });
  }

  const errorOf = (field: string) => errors[`goal.${field}`];
  const measures = state.type === 'count' ? countMeasures : shareMeasures;
  return (
    <form className="insatser-panel" noValidate onSubmit={onSubmit} aria-labelledby={headingId}>
      <h3 id={headingId}>{entry ? t('interventions.goals.editTitle') : t('interventions.goals.add')}</h3>
      <ErrorSummary message={formError} errors={errors} fieldIdOf={fieldId} attempt={attempt} />
      <Field id={fieldId('type')} label={t('interventions.goals.type')}>
        {(describedBy) => (
          <select
            id={fieldId('type')}
            className="field__input"
            value={state.type}
            onChange={(event) => set('type', event.target.value as Goal['type'])}
            aria-describedby={describedBy}
          >
            {(['count', 'share', 'qualitative'] as const).map((type) => (
              <option key={type} value={type}>
                {t(`interventions.goals.types.${type}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id={fieldId('description')}
        label={t('interventions.goals.description')}
        error={errorOf('description')}
      >
        {(describedBy, isInvalid) => (
          <textarea
            id={fieldId('description')}
            className="field__input"
            rows={2}
            value={state.description}
            onChange={(event) => set('description', event.target.value)}
            aria-describedby={describedBy}
            aria-invalid={isInvalid || undefined}
          />
        )}
      </Field>
      {state.type === 'qualitative' ? null : (
        <>
          <Field id={fieldId('measure')} label={t('interventions.goals.measure')} error={errorOf('measure')}>
            {(describedBy, isInvalid) => (
              <select
                id={fieldId('measure')}
                className="field__input"
                value={state.type === 'count' ? state.countMeasure : state.shareMeasure}
                onChange={(event) =>
                  set(state.type === 'count' ? 'countMeasure' : 'shareMeasure', event.target.value)
                }
                aria-describedby={describedBy}
                aria-invalid={isInvalid || undefined}
              >
                {measures
                  .filter((measure) => measure.kind === null || measure.kind === kind)
                  .map((measure) => (
                    <option key={measure.id} value={measure.id}>
                      {measure.label}
                    </option>
                  ))}
              </select>
            )}
          </Field>
          {state.type === 'count' ? (
            <Field
              id={fieldId('target')}
              label={t('interventions.goals.targetCount')}
              error={errorOf('target')}
            >
              {(describedBy, isInvalid) => (
                <input
                  id={fieldId('target')}
                  className="field__input"
                  inputMode="numeric"
                  value={state.target}
                  onChange={(event) => set('target', event.target.value)}
                  aria-describedby={describedBy}
                  aria-invalid={isInvalid || undefined}
                />
              )}
            </Field>
          ) : (
            <>
              <Field id={fieldId('comparison')} label={t('interventions.goals.comparison')}>
                {(describedBy) => (
                  <select
                    id={fieldId('comparison')}
                    className="field__input"
                    value={state.comparison}
                    onChange={(event) => set('comparison', event.target.value as 'at_least' | 'at_most')}
                    aria-describedby={describedBy}
                  >
                    <option value="at_least">{t('interventions.goals.comparisons.at_least')}</option>
                    <option value="at_most">{t('interventions.goals.comparisons.at_most')}</option>
                  </select>
                )}
              </Field>
              <Field
                id={fieldId('targetPercent')}
                label={t('interventions.goals.targetPercent')}
                error={errorOf('targetPercent')}
              >
                {(describedBy, isInvalid) => (
                  <input
                    id={fieldId('targetPercent')}
                    className="field__input"
                    inputMode="numeric"
                    value={state.targetPercent}
                    onChange={(event) => set('targetPercent', event.target.value)}
                    aria-describedby={describedBy}
                    aria-invalid={isInvalid || undefined}
                  />
                )}
              </Field>
            </>
          )}
          <Field
            id={fieldId('period')}
            label={t('interventions.goals.period')}
            hint={t('interventions.goals.periodHint')}
            error={errorOf('period')}
          >
            {(describedBy, isInvalid) => (
              <input
                id={fieldId('period')}
                className="field__input"
                value={state.period}
                onChange={(event) => set('period', event.target.value)}
                aria-describedby={describedBy}
                aria-invalid={isInvalid || undefined}
              />
            )}
          </Field>
        </>
      )}
      <div className="insatser-actions">
        <button
          type="submit"
          className="button button--primary"
          aria-disabled={create.isPending || update.isPending}
        >
          {create.isPending || update.isPending
            ? t('interventions.common.saving')
            : t('interventions.common.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('interventions.common.cancel')}
        </button>
      </div>
    </form>
  );
}

function AssessForm({ entry, period, onDone }: { entry: GoalEntry; period: string; onDone: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useSlug();
  const queryClient = useQueryClient();
  const baseId = useId();
  const headingId = useId();
  const existing = entry.assessments.find((assessment) => assessment.period === period);
  const [status, setStatus] = useState<QualitativeStatus>(existing?.status ?? 'not_measured_yet');
  const [actual, setActual] = useState(
    existing?.enteredActual === null || !existing ? '' : String(existing.enteredActual),
  );
  const [comment, setComment] = useState(existing?.comment ?? '');
  const [errors, setErrors] = useState<Record<string, MessageKey>>({});
  const [formError, setFormError] = useState<Message | null>(null);
  const [attempt, setAttempt] = useState(0);
  const assess = useMutation(
    trpc.interventions.goals.assess.mutationOptions({
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
  const isQualitative = entry.goal.type === 'qualitative';
  const fieldId = (path: string) => `${baseId}-${path}`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const enteredActual = isQualitative ? null : actual.trim() === '' ? null : Number(actual.trim());
    if (enteredActual !== null && (!Number.isInteger(enteredActual) || enteredActual < 0)) {
      setErrors({ enteredActual: 'validation.goal.actualNotAnInteger' });
      setAttempt((n) => n + 1);
      return;
    }
    assess.mutate({
      tenant: slug,
      goalId: entry.id,
      period,
      status: isQualitative ? status : null,
      enteredActual,
      comment,
      expectedVersion: existing?.version ?? null,
    });
  }

  return (
    <form className="insatser-panel" noValidate onSubmit={onSubmit} aria-labelledby={headingId}>
      <h3 id={headingId}>{t('interventions.goals.assessTitle', { period })}</h3>
      <p>{entry.goal.description}</p>
      <ErrorSummary message={formError} errors={errors} fieldIdOf={fieldId} attempt={attempt} />
      {isQualitative ? (
        <Field id={fieldId('status')} label={t('interventions.goals.status')}>
          {(describedBy) => (
            <select
              id={fieldId('status')}
              className="field__input"
              value={status}
              onChange={(event) => setStatus(event.target.value as QualitativeStatus)}
              aria-describedby={describedBy}
            >
              {qualitativeStatuses.map((value) => (
                <option key={value} value={value}>
                  {t(`interventions.goals.qualitativeStatuses.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <Field
          id={fieldId('enteredActual')}
          label={t('interventions.goals.enteredActual')}
          error={errors.enteredActual}
        >
          {(describedBy, isInvalid) => (
            <input
              id={fieldId('enteredActual')}
              className="field__input"
              inputMode="numeric"
              value={actual}
              onChange={(event) => setActual(event.target.value)}
              aria-describedby={describedBy}
              aria-invalid={isInvalid || undefined}
            />
          )}
        </Field>
      )}
      <Field id={fieldId('comment')} label={t('interventions.goals.comment')} error={errors.comment}>
        {(describedBy, isInvalid) => (
          <textarea
            id={fieldId('comment')}
            className="field__input"
            rows={2}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            aria-describedby={describedBy}
            aria-invalid={isInvalid || undefined}
          />
        )}
      </Field>
      <div className="insatser-actions">
        <button type="submit" className="button button--primary" aria-disabled={assess.isPending}>
          {assess.isPending ? t('interventions.common.saving') : t('interventions.common.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('interventions.common.cancel')}
        </button>
      </div>
    </form>
  );
}
