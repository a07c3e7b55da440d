import { ageBands, type InterventionKind, incomeSources, outcomes, parsePeriod } from '@samsyn/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorPage } from '../../components/error-page.tsx';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { errorMessageOf } from '../../lib/error-message.ts';
import type { Message, MessageKey } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import {
  countColumns,
  type FiguresFormState,
  figuresFromForm,
  formFromFigures,
  genderRows,
  structuralFields,
} from './figures-form-state.ts';
import { apiFieldErrors, currentHalfYear, ErrorSummary, InterventionsSubnav, useSlug } from './shared.tsx';

type Outputs = ReturnType<typeof useFiguresQuery>['data'];
function useFiguresQuery(interventionId: string, period: string) {
  const trpc = useTRPC();
  const slug = useSlug();
  return useQuery({
    ...trpc.interventions.figures.get.queryOptions({ tenant: slug, interventionId, period }),
    enabled: parsePeriod(period) !== null,
  });
}

/** `/f/:slug/insatser/:id/siffror?period=2019-H1`: report one period's participant figures and results text. */
export function FiguresPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const trpc = useTRPC();
  const slug = useSlug();
  const tenant = useTenant();
  const [searchParams, setSearchParams] = useSearchParams();
  const period = searchParams.get('period') ?? currentHalfYear();
  const [periodText, setPeriodText] = useState(period);
  const [periodError, setPeriodError] = useState(false);
  const periodId = useId();
  const detail = useQuery(trpc.interventions.get.queryOptions({ tenant: slug, id }));
  const figures = useFiguresQuery(id, period);

  if (detail.isPending) return <LoadingStatus />;
  if (detail.isError) return <ErrorPage error={detail.error} onRetry={() => void detail.refetch()} />;
  const title = t('interventions.figures.title', { name: detail.data.intervention.name });

  function onLoad(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = periodText.trim();
    if (parsePeriod(text) === null) {
      setPeriodError(true);
      document.getElementById(periodId)?.focus();
      return;
    }
    setPeriodError(false);
    setSearchParams({ period: text });
  }

  return (
    <>
      <PageHeading titleParts={[title, tenant.name]}>{title}</PageHeading>
      <InterventionsSubnav />
      <p>{t('interventions.figures.intro')}</p>
      <form className="insatser-toolbar" noValidate onSubmit={onLoad}>
        <div className="field">
          <label className="field__label" htmlFor={periodId}>
            {t('interventions.figures.period')}
          </label>
          <p className="field__hint" id={`${periodId}-hint`}>
            {t('interventions.figures.periodHint')}
          </p>
          {periodError ? (
            <p className="field__error" id={`${periodId}-error`}>
              {t('validation.period.invalid')}
            </p>
          ) : null}
          <input
            id={periodId}
            className="field__input"
            value={periodText}
            onChange={(event) => setPeriodText(event.target.value)}
            aria-invalid={periodError || undefined}
            aria-describedby={`${periodId}-hint${periodError ? ` ${periodId}-error` : ''}`}
          />
        </div>
        <button type="submit" className="button button--secondary">
          {t('interventions.figures.load')}
        </button>
      </form>
      {parsePeriod(period) === null ? (
        <p className="notice notice--error">{t('validation.period.invalid')}</p>
      ) : figures.isPending ? (
        <LoadingStatus />
      ) : figures.isError ? (
        <ErrorPage error={figures.error} onRetry={() => void figures.refetch()} />
      ) : (
        <FiguresForm
          key={`${period}-${figures.data.figures?.version ?? 0}-${figures.data.note?.version ?? 0}`}
          interventionId={id}
          kind={detail.data.intervention.kind}
          period={period}
          data={figures.data}
        />
      )}
    </>
  );
}

function FiguresForm({
  interventionId,
  kind,
  period,
  data,
}: {
  interventionId: string;
  kind: InterventionKind;
  period: string;
  data: NonNullable<Outputs>;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useSlug();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const baseId = useId();
  const fieldId = (path: string) => `${baseId}-${path.replace(/\./g, '-')}`;
  const [state, setState] = useState<FiguresFormState>(formFromFigures(data.figures?.figures ?? null));
  const [resultsText, setResultsText] = useState(data.note?.resultsText ?? '');
  const [comment, setComment] = useState(data.note?.comment ?? '');
  const [errors, setErrors] = useState<Record<string, MessageKey>>({});
  const [formError, setFormError] = useState<Message | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [isDeleting, setIsDeleting] = useState(false);
  const back = `/f/${slug}/insatser/${interventionId}`;

  const done = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.interventions.pathKey() });
    navigate(back);
  };
  const saveNote = useMutation(
    trpc.interventions.notes.save.mutationOptions({
      onSuccess: done,
      onError: (error) => {
        setErrors(apiFieldErrors(error));
        setFormError(errorMessageOf(error));
        setAttempt((n) => n + 1);
      },
    }),
  );
  const hasNote = data.note !== null || resultsText.trim() !== '' || comment.trim() !== '';
  const saveFigures = useMutation(
    trpc.interventions.figures.save.mutationOptions({
      onSuccess: async () => {
        if (!hasNote) return done();
        saveNote.mutate({
          tenant: slug,
          interventionId,
          period,
          resultsText,
          comment,
          expectedVersion: data.note?.version ?? null,
        });
      },
      onError: (error) => {
        const fieldErrors = apiFieldErrors(error, 'figures.');
        setErrors(fieldErrors);
        setFormError(errorMessageOf(error));
        setAttempt((n) => n + 1);
      },
    }),
  );
  const deleteFigures = useMutation(
    trpc.interventions.figures.delete.mutationOptions({
      onSuccess: done,
      onError: (error) => setFormError(errorMessageOf(error)),
    }),
  );
  const isPending = saveFigures.isPending || saveNote.isPending;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    setErrors({});
    setFormError(null);
    saveFigures.mutate({
      tenant: slug,
      interventionId,
      period,
      figures: figuresFromForm(kind, state),
      expectedVersion: data.figures?.version ?? null,
    });
  }

  const setValue = (path: string, value: string) =>
    setState((current) => ({ ...current, values: { ...current.values, [path]: value } }));
  const setFlag = (flag: 'hasEnded' | 'hasOutcomes' | 'hasAgeBands' | 'hasIncomeSources', value: boolean) =>
    setState((current) => ({ ...current, [flag]: value }));

  /** A number input whose error, if any, is shown right below it. */
  const countInput = (path: string, label: string) => {
    const error = errors[path];
    return (
      <>
        <input
          id={fieldId(path)}
          className={`field__input${error ? ' insatser-input--invalid' : ''}`}
          inputMode="numeric"
          aria-label={label}
          value={state.values[path] ?? ''}
          onChange={(event) => setValue(path, event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${fieldId(path)}-error` : undefined}
        />
        {error ? (
          <span className="insatser-cell-error" id={`${fieldId(path)}-error`}>
            {t(error)}
          </span>
        ) : null}
      </>
    );
  };

  const columnLabel = (column: (typeof countColumns)[number]) => t(`interventions.figures.${column}`);
  const genderTable = (caption: string, rows: { path: string; label: string }[]) => (
    <div className="insatser-table-wrap">
      <table className="insatser-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td />
            {countColumns.map((column) => (
              <th scope="col" key={column}>
                {columnLabel(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.path}>
              <th scope="row">{row.label}</th>
              {countColumns.map((column) => (
                <td key={column}>
                  {countInput(
                    `${row.path}.${column}`,
                    t('interventions.figures.cell', { row: row.label, column: columnLabel(column) }),
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  const checkbox = (flag: 'hasEnded' | 'hasOutcomes' | 'hasAgeBands' | 'hasIncomeSources', label: string) => (
    <div className="insatser-check">
      <input
        type="checkbox"
        id={`${baseId}-${flag}`}
        checked={state[flag]}
        onChange={(event) => setFlag(flag, event.target.checked)}
      />
      <label htmlFor={`${baseId}-${flag}`}>{label}</label>
    </div>
  );
  const breakdown = (path: string, legend: string, items: readonly { id: string; label: string }[]) => (
    <fieldset className="insatser-fieldset">
      <legend>{legend}</legend>
      {errors[path] ? <p className="field__error">{t(errors[path])}</p> : null}
      <div className="insatser-checks__list">
        {items.map((item) => (
          <div className="field" key={item.id}>
            {countInput(`${path}.${item.id}`, item.label)}
          </div>
        ))}
      </div>
    </fieldset>
  );

  return (
    <>
      <form noValidate onSubmit={onSubmit}>
        <h2>{period}</h2>
        <p className="insatser-muted">
          {data.figures ? t('interventions.figures.existing') : t('interventions.figures.fresh')}
        </p>
        <ErrorSummary message={formError} errors={errors} fieldIdOf={fieldId} attempt={attempt} />
        {kind === 'individual' ? (
          <>
            {checkbox('hasEnded', t('interventions.figures.hasEnded'))}
            {genderTable(
              t('interventions.figures.countsCaption'),
              genderRows
                .filter((row) => row !== 'ended' || state.hasEnded)
                .map((row) => ({ path: row, label: t(`interventions.figures.${row}`) })),
            )}
            {state.hasEnded ? (
              <>
                {checkbox('hasOutcomes', t('interventions.figures.hasOutcomes'))}
                {state.hasOutcomes
                  ? genderTable(
                      t('interventions.figures.outcomesCaption'),
                      outcomes.map((outcome) => ({
                        path: `outcomes.${outcome.id}`,
                        label: t(`interventions.figures.outcomes.${outcome.id}`),
                      })),
                    )
                  : null}
                {errors.outcomes ? <p className="field__error">{t(errors.outcomes)}</p> : null}
              </>
            ) : null}
            {checkbox('hasAgeBands', t('interventions.figures.hasAgeBands'))}
            {state.hasAgeBands
              ? breakdown(
                  'ageBandsAtStart',
                  t('interventions.figures.ageBandsLegend'),
                  ageBands.map((band) => ({
                    id: band.id,
                    label: t(`interventions.figures.ageBands.${band.id}`),
                  })),
                )
              : null}
            {checkbox('hasIncomeSources', t('interventions.figures.hasIncomeSources'))}
            {state.hasIncomeSources
              ? breakdown(
                  'incomeSourcesAtStart',
                  t('interventions.figures.incomeSourcesLegend'),
                  incomeSources.map((source) => ({
                    id: source.id,
                    label: t(`interventions.figures.incomeSources.${source.id}`),
                  })),
                )
              : null}
          </>
        ) : (
          <fieldset className="insatser-fieldset">
            <legend>{t('interventions.figures.structuralLegend')}</legend>
            <div className="insatser-checks__list">
              {structuralFields.map((field) => (
                <div className="field" key={field}>
                  {countInput(field, t(`interventions.figures.${field}`))}
                </div>
              ))}
            </div>
          </fieldset>
        )}

        <fieldset className="insatser-fieldset">
          <legend>{t('interventions.figures.notesLegend')}</legend>
          <div className="field">
            <label className="field__label" htmlFor={fieldId('resultsText')}>
              {t('interventions.figures.resultsText')}
            </label>
            <textarea
              id={fieldId('resultsText')}
              className="field__input"
              rows={4}
              value={resultsText}
              onChange={(event) => setResultsText(event.target.value)}
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={fieldId('comment')}>
              {t('interventions.figures.comment')}
            </label>
            <textarea
              id={fieldId('comment')}
              className="field__input"
              rows={2}
              value={comment}
              onChange={(event) => setComment(event.target.value)}
            />
          </div>
        </fieldset>

        <div className="insatser-actions">
          <button type="submit" className="button button--primary" aria-disabled={isPending}>
            {isPending ? t('interventions.common.saving') : t('interventions.figures.submit')}
          </button>
          <Link className="button button--secondary" to={back}>
            {t('interventions.figures.back')}
          </Link>
          {data.figures ? (
            <button type="button" className="button button--secondary" onClick={() => setIsDeleting(true)}>
              {t('interventions.figures.deleteFigures')}
            </button>
          ) : null}
        </div>
      </form>
      <ConfirmDialog
        isOpen={isDeleting}
        title={t('interventions.figures.deleteFiguresTitle', { period })}
        confirmLabel={t('interventions.common.delete')}
        isPending={deleteFigures.isPending}
        onConfirm={() =>
          data.figures &&
          deleteFigures.mutate({
            tenant: slug,
            interventionId,
            period,
            expectedVersion: data.figures.version,
          })
        }
        onCancel={() => setIsDeleting(false)}
      >
        <p>{t('interventions.figures.deleteFiguresBody')}</p>
      </ConfirmDialog>
    </>
  );
}
