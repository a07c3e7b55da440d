import { allocateLocalGroupBudgets } from '@samsyn/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { BusyButton } from '../../components/busy-button.tsx';
import { ColumnHeaders, numberColumn } from '../../components/column-headers.tsx';
import { amountTextSchema, amountToText } from '../../components/form/amount-text.ts';
import { FormErrorSummary } from '../../components/form/form-error-summary.tsx';
import { MoneyField } from '../../components/form/money-input.tsx';
import { SubmitButton } from '../../components/form/submit-button.tsx';
import { FieldProblem, useSchemaForm } from '../../components/form/use-schema-form.ts';
import { Notice } from '../../components/notice.tsx';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import type { Message } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';
import { formatCount, formatOre, type LocalGroupItem } from './shared.tsx';

const totalSchema = z.object({ total: amountTextSchema({ unit: 'kr', empty: 'required' }) });

interface Preview {
  total: number;
  rows: { id: string; name: string; population: number | null; current: number | null; budget: number }[];
}

/**
 * "Fördela": the year's municipality-specific funds spread over the local groups by population
 * (the domain's `allocateLocalGroupBudgets`), shown as a preview first and saved only on request.
 */
export function LocalGroupBudgetDistribution({ groups, year }: { groups: LocalGroupItem[]; year: number }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const headingId = useId();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [notice, setNotice] = useState<Message | null>(null);
  const budgetOf = (group: LocalGroupItem) =>
    group.years.find((entry) => entry.year === year)?.budget ?? null;
  const current = groups.reduce((sum, group) => sum + (budgetOf(group) ?? 0), 0);
  const form = useSchemaForm({
    schema: totalSchema,
    defaultValues: { total: amountToText(current) },
    labels: { total: t('interventions.localGroups.distribution.total', { year }) },
  });
  const save = useApiMutation(trpc.interventions.localGroups.distributeBudgets.mutationOptions(), {
    invalidates: () => [{ queryKey: trpc.interventions.pathKey() }],
  });
  const onPreview = form.submit(({ total }) => {
    setNotice(null);
    const result = allocateLocalGroupBudgets(total, groups);
    if (!result.ok) throw new FieldProblem('total', result.problems[0]?.key ?? 'allocation.noWeight');
    setPreview({
      total,
      rows: result.value.map((group) => ({
        id: group.id,
        name: group.name,
        population: group.population,
        current: budgetOf(group),
        budget: group.budget,
      })),
    });
  });
  const onSave = () => {
    if (!preview || save.isPending) return;
    save.mutate(
      {
        tenant: slug,
        year,
        total: preview.total,
        basis: groups.map((group) => ({ localGroupId: group.id, population: group.population })),
      },
      {
        onSuccess: () => {
          setPreview(null);
          setNotice({ key: 'interventions.localGroups.distribution.saved', values: { year } });
        },
      },
    );
  };
  const caption = t('interventions.localGroups.distribution.caption', { year });

  return (
    <section className="insatser-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('interventions.localGroups.distribution.title', { year })}</h2>
      <p>{t('interventions.localGroups.distribution.intro')}</p>
      <form noValidate onSubmit={onPreview}>
        <FormErrorSummary form={form} />
        <MoneyField form={form} name="total" hint={t('interventions.detail.amountHint')} />
        <SubmitButton label={t('interventions.localGroups.distribution.preview')} isPending={false} />
      </form>
      {preview ? (
        <>
          <ScrollRegion label={caption}>
            <table className="insatser-table">
              <caption>{caption}</caption>
              <ColumnHeaders
                columns={[
                  t('interventions.localGroups.name'),
                  numberColumn(t('interventions.localGroups.population')),
                  numberColumn(t('interventions.localGroups.distribution.current')),
                  numberColumn(t('interventions.localGroups.distribution.proposed')),
                ]}
              />
              <tbody>
                {preview.rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">{row.name}</th>
                    <td className="num">{formatCount(row.population)}</td>
                    <td className="num">{row.current === null ? '–' : formatOre(row.current)}</td>
                    <td className="num">{formatOre(row.budget)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={3}>
                    {t('interventions.localGroups.total')}
                  </th>
                  <td className="num">{formatOre(preview.total)}</td>
                </tr>
              </tfoot>
            </table>
          </ScrollRegion>
          {save.error ? (
            <p className="notice notice--error" role="alert">
              {t('interventions.localGroups.distribution.failed')}
            </p>
          ) : null}
          <div className="insatser-actions">
            <BusyButton tone="primary" isBusy={save.isPending} onClick={onSave}>
              {save.isPending
                ? t('interventions.common.saving')
                : t('interventions.localGroups.distribution.save')}
            </BusyButton>
            <button type="button" className="button button--secondary" onClick={() => setPreview(null)}>
              {t('interventions.common.cancel')}
            </button>
          </div>
        </>
      ) : null}
      <Notice message={notice} />
    </section>
  );
}
