import type { AppRouter } from '@samsyn/api';
import {
  ageBands,
  type IncomeSourceId,
  type InterventionKind,
  incomeSources,
  outcomes,
} from '@samsyn/domain';
import type { inferRouterOutputs } from '@trpc/server';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { FormErrorSummary } from '../../components/form/form-error-summary.tsx';
import { FormField } from '../../components/form/form-field.tsx';
import { SubmitButton } from '../../components/form/submit-button.tsx';
import { useSchemaForm } from '../../components/form/use-schema-form.ts';
import { errorMessageOf } from '../../lib/error-message.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';
import {
  type CountColumn,
  figuresFieldLabels,
  figuresFormSchema,
  genderRows,
  structuralFields,
  valuesFromFigures,
} from './figures-form-values.ts';
import { BreakdownFields, FiguresCheckbox, type FiguresForm as Form, GenderTable } from './figures-grid.tsx';
import { issuesUnder } from './issues-under.ts';

type PeriodData = inferRouterOutputs<AppRouter>['interventions']['figures']['get'];

/** The breakdowns of an individual intervention's participants at start, each behind its checkbox. */
const startBreakdowns = [
  {
    flag: 'hasAgeBands',
    path: 'ageBandsAtStart',
    legend: 'ageBandsLegend',
    ids: ageBands.map((band) => band.id),
  },
  {
    flag: 'hasIncomeSources',
    path: 'incomeSourcesAtStart',
    legend: 'incomeSourcesLegend',
    ids: incomeSources.map((source) => source.id),
  },
] as const;

/** One period's figures and note, on the kit: the domain's figure rules check every field at once. */
export function FiguresForm({
  interventionId,
  kind,
  period,
  data,
}: {
  interventionId: string;
  kind: InterventionKind;
  period: string;
  data: PeriodData;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const navigate = useNavigate();
  const [isDeleting, setIsDeleting] = useState(false);
  const back = `/f/${slug}/insatser/${interventionId}`;
  const column = (id: CountColumn) => t(`interventions.figures.${id}`);
  const form: Form = useSchemaForm({
    schema: figuresFormSchema(kind),
    defaultValues: valuesFromFigures(data.figures?.figures ?? null, data.note),
    labels: figuresFieldLabels({
      row: (row) =>
        (genderRows as readonly string[]).includes(row)
          ? t(`interventions.figures.${row as (typeof genderRows)[number]}`)
          : t(`interventions.figures.outcomes.${row as (typeof outcomes)[number]['id']}`),
      column,
      outcomesCaption: t('interventions.figures.outcomesCaption'),
      ageBand: (id) => t(`interventions.figures.ageBands.${id}`),
      ageBandsLegend: t('interventions.figures.ageBandsLegend'),
      incomeSource: (id: IncomeSourceId) => t(`interventions.figures.incomeSources.${id}`),
      incomeSourcesLegend: t('interventions.figures.incomeSourcesLegend'),
      structural: (field) => t(`interventions.figures.${field}`),
      resultsText: t('interventions.figures.resultsText'),
      comment: t('interventions.figures.comment'),
    }) as Form['labels'],
  });
  const invalidates = () => [{ queryKey: trpc.interventions.pathKey() }];
  const saveFigures = useApiMutation(trpc.interventions.figures.save.mutationOptions(), { invalidates });
  const saveNote = useApiMutation(trpc.interventions.notes.save.mutationOptions(), { invalidates });
  const deleteFigures = useApiMutation(trpc.interventions.figures.delete.mutationOptions(), { invalidates });
  const isPending = saveFigures.isPending || saveNote.isPending;
  const [hasEnded, hasOutcomes, hasAgeBands, hasIncomeSources] = form.watch([
    'hasEnded',
    'hasOutcomes',
    'hasAgeBands',
    'hasIncomeSources',
  ]);
  const isBrokenDown = { hasAgeBands, hasIncomeSources };

  const onSubmit = form.submit(async (values) => {
    if (isPending) return;
    try {
      await saveFigures.mutateAsync({
        tenant: slug,
        interventionId,
        period,
        figures: values.figures,
        expectedVersion: data.figures?.version ?? null,
      });
    } catch (error) {
      // The API reports the figures' problems under `figures.`; the form has them at the top level.
      throw issuesUnder(error, 'figures.');
    }
    if (data.note !== null || values.resultsText.trim() !== '' || values.comment.trim() !== '') {
      await saveNote.mutateAsync({
        tenant: slug,
        interventionId,
        period,
        resultsText: values.resultsText,
        comment: values.comment,
        expectedVersion: data.note?.version ?? null,
      });
    }
    // The intervention's page announces it (a notice in its live region) once it is shown.
    navigate(back, { state: { notice: { key: 'interventions.figures.saved', values: { period } } } });
  });

  return (
    <>
      <form noValidate onSubmit={onSubmit}>
        <h2>{period}</h2>
        <p className="insatser-muted">
          {data.figures ? t('interventions.figures.existing') : t('interventions.figures.fresh')}
        </p>
        <p className="field__hint">{t('interventions.figures.blankIsZero')}</p>
        <FormErrorSummary form={form} title="interventions.figures.notSaved" />
        {kind === 'individual' ? (
          <>
            <FiguresCheckbox form={form} name="hasEnded" label={t('interventions.figures.hasEnded')} />
            <GenderTable
              form={form}
              caption={t('interventions.figures.countsCaption')}
              rows={genderRows
                .filter((row) => row !== 'ended' || hasEnded)
                .map((row) => ({ path: row, label: t(`interventions.figures.${row}`) }))}
            />
            {hasEnded ? (
              <>
                <FiguresCheckbox
                  form={form}
                  name="hasOutcomes"
                  label={t('interventions.figures.hasOutcomes')}
                />
                {hasOutcomes ? (
                  <GenderTable
                    form={form}
                    caption={t('interventions.figures.outcomesCaption')}
                    rows={outcomes.map((outcome) => ({
                      path: `outcomes.${outcome.id}`,
                      label: t(`interventions.figures.outcomes.${outcome.id}`),
                    }))}
                    sumPath="outcomes"
                  />
                ) : null}
              </>
            ) : null}
            {startBreakdowns.map(({ flag, path, legend, ids }) => (
              <Fragment key={flag}>
                <FiguresCheckbox form={form} name={flag} label={t(`interventions.figures.${flag}`)} />
                {isBrokenDown[flag] ? (
                  <BreakdownFields
                    form={form}
                    path={path}
                    legend={t(`interventions.figures.${legend}`)}
                    ids={ids}
                  />
                ) : null}
              </Fragment>
            ))}
          </>
        ) : (
          <BreakdownFields
            form={form}
            path={null}
            legend={t('interventions.figures.structuralLegend')}
            ids={structuralFields}
          />
        )}

        <fieldset className="insatser-fieldset">
          <legend>{t('interventions.figures.notesLegend')}</legend>
          <FormField form={form} name="resultsText">
            {(control) => (
              <textarea {...control} {...form.register('resultsText')} className="field__input" rows={4} />
            )}
          </FormField>
          <FormField form={form} name="comment">
            {(control) => (
              <textarea {...control} {...form.register('comment')} className="field__input" rows={2} />
            )}
          </FormField>
        </fieldset>

        <div className="insatser-actions">
          <SubmitButton
            label={t('interventions.figures.submit')}
            isPending={isPending}
            pendingLabel={t('interventions.common.saving')}
          />
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
        error={deleteFigures.error ? errorMessageOf(deleteFigures.error) : null}
        onConfirm={() =>
          data.figures &&
          deleteFigures.mutate(
            { tenant: slug, interventionId, period, expectedVersion: data.figures.version },
            { onSuccess: () => navigate(back) },
          )
        }
        onCancel={() => {
          setIsDeleting(false);
          deleteFigures.reset();
        }}
      >
        <p>{t('interventions.figures.deleteFiguresBody')}</p>
      </ConfirmDialog>
    </>
  );
}
