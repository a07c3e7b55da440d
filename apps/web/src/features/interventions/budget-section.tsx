import { useId, useState } from 'react';
import type { Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ColumnHeaders, numberColumn } from '../../components/column-headers.tsx';
import { ConfirmDeleteDialog } from '../../components/confirm-delete-dialog.tsx';
import { FormField } from '../../components/form/form-field.tsx';
import { KitForm } from '../../components/form/kit-form.tsx';
import { useSchemaForm } from '../../components/form/use-schema-form.ts';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';
import { AddOrEdit } from './add-or-edit.tsx';
import { type BudgetFormValues, budgetFormSchema, budgetValuesOf } from './budget-form-values.ts';
import { EditDeleteButtons } from './edit-delete-buttons.tsx';
import { SaveOrCancel } from './save-or-cancel.tsx';
import { DemoBadge, formatCount, formatOre, type InterventionDetail, todayIso } from './shared.tsx';

type BudgetEntry = InterventionDetail['budgets'][number];

/** Budget and spend per year with share used; editors add, change and remove years. */
export function BudgetSection({ detail, canChange }: { detail: InterventionDetail; canChange: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const [editing, setEditing] = useState<BudgetEntry | 'new' | null>(null);
  const [deleting, setDeleting] = useState<BudgetEntry | null>(null);
  const remove = useApiMutation(trpc.interventions.budget.delete.mutationOptions(), {
    invalidates: () => [{ queryKey: trpc.interventions.pathKey() }],
  });
  return (
    <section className="insatser-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('interventions.detail.budgetTitle')}</h2>
      <p className="insatser-muted">{t('interventions.detail.spendSource')}</p>
      {detail.budgets.length === 0 ? (
        <p className="empty-state">{t('interventions.detail.noBudget')}</p>
      ) : (
        <ScrollRegion label={t('interventions.detail.budgetCaption')}>
          <table className="insatser-table">
            <caption>{t('interventions.detail.budgetCaption')}</caption>
            <ColumnHeaders
              columns={[
                t('interventions.detail.year'),
                numberColumn(t('interventions.detail.totalBudget')),
                numberColumn(t('interventions.detail.spend')),
                numberColumn(t('interventions.detail.shareUsed')),
                numberColumn(t('interventions.detail.planned')),
              ]}
              hasBlankEnd={canChange}
            />
            <tbody>
              {detail.budgets.map((budget) => (
                <tr key={budget.year}>
                  <th scope="row">
                    {budget.year}
                    <DemoBadge isShown={budget.isDemoEstimate} />
                  </th>
                  <td className="num">{formatOre(budget.totalBudget)}</td>
                  <td className="num">
                    {formatOre(budget.spendToDate)}
                    {budget.spendSource === 'typed' ? (
                      <span className="insatser-muted insatser-spend-source">
                        {` ${t('interventions.detail.spendTyped')}`}
                      </span>
                    ) : null}
                  </td>
                  <td className="num">
                    {budget.usage.percentUsed === null
                      ? '–'
                      : t('interventions.common.percentOf', { percent: budget.usage.percentUsed })}
                  </td>
                  <td className="num">{formatCount(budget.plannedParticipants?.total)}</td>
                  {canChange ? (
                    <EditDeleteButtons
                      subject={` ${budget.year}`}
                      onEdit={() => setEditing(budget)}
                      onDelete={() => setDeleting(budget)}
                    />
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <AddOrEdit
        editing={editing}
        canAdd={canChange}
        addLabel={t('interventions.detail.budgetYearTitle')}
        onAdd={() => setEditing('new')}
      >
        {(entry) => (
          <BudgetForm interventionId={detail.intervention.id} entry={entry} onDone={() => setEditing(null)} />
        )}
      </AddOrEdit>
      <ConfirmDeleteDialog
        input={
          deleting && {
            tenant: slug,
            interventionId: detail.intervention.id,
            year: deleting.year,
            expectedVersion: deleting.version,
          }
        }
        mutation={remove}
        onClose={() => setDeleting(null)}
        title={t('interventions.detail.deleteBudgetTitle', { year: deleting?.year ?? '' })}
        confirmLabel={t('interventions.common.delete')}
      >
        <p>{t('interventions.detail.deleteBudgetBody')}</p>
      </ConfirmDeleteDialog>
    </section>
  );
}

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
  const slug = useTenantSlug();
  const form = useSchemaForm({
    schema: budgetFormSchema,
    // The form edits the typed spend; the table shows the books' figure where there is one.
    defaultValues: budgetValuesOf(
      entry && { ...entry, spendToDate: entry.typedSpendToDate },
      Number(todayIso().slice(0, 4)),
    ),
    labels: {
      year: t('interventions.detail.year'),
      totalBudget: t('interventions.detail.totalBudget'),
      spendToDate: t('interventions.detail.spend'),
      'plannedParticipants.total': t('interventions.detail.plannedTotal'),
      'plannedParticipants.women': t('interventions.detail.plannedWomen'),
      'plannedParticipants.men': t('interventions.detail.plannedMen'),
      'plannedParticipants.otherUnknown': t('interventions.detail.plannedOther'),
    },
  });
  const save = useApiMutation(trpc.interventions.budget.save.mutationOptions(), {
    invalidates: () => [{ queryKey: trpc.interventions.pathKey() }],
  });
  const onSubmit = form.submit(async (values) => {
    if (save.isPending) return;
    await save.mutateAsync({
      tenant: slug,
      interventionId,
      ...values,
      expectedVersion: entry?.version ?? null,
    });
    onDone();
  });

  const input = (name: Path<BudgetFormValues>, hint?: string) => (
    <FormField form={form} name={name} hint={hint}>
      {(control) => (
        <input
          {...control}
          {...form.register(name)}
          className="field__input"
          inputMode="decimal"
          readOnly={name === 'year' && entry !== null}
        />
      )}
    </FormField>
  );
  return (
    <KitForm
      form={form}
      onSubmit={onSubmit}
      className="insatser-panel"
      heading={
        entry
          ? t('interventions.detail.budgetYearEditTitle', { year: entry.year })
          : t('interventions.detail.budgetYearTitle')
      }
    >
      {input('year')}
      {input('totalBudget', t('interventions.detail.amountHint'))}
      {input('spendToDate', t('interventions.detail.typedSpendHint'))}
      {input('plannedParticipants.total', t('interventions.detail.plannedHint'))}
      {input('plannedParticipants.women')}
      {input('plannedParticipants.men')}
      {input('plannedParticipants.otherUnknown')}
      <SaveOrCancel isPending={save.isPending} onCancel={onDone} />
    </KitForm>
  );
}
