import type { AppRouter } from '@samsyn/api';
import { useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useEffect, useId, useRef, useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../components/form/form-error-summary.tsx';
import { FormField } from '../../components/form/form-field.tsx';
import { MoneyInput } from '../../components/form/money-input.tsx';
import { SubmitButton } from '../../components/form/submit-button.tsx';
import { useSchemaForm } from '../../components/form/use-schema-form.ts';
import { QueryState } from '../../components/query-state.tsx';
import type { Message } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import {
  allocationFormRowsOf,
  allocationFormSchema,
  unallocatedWhileTyping,
} from './actual-allocation-form.ts';
import { ConflictReload } from './conflict-reload.tsx';
import { formatAmount, useMoneyUnit } from './money-unit.ts';

type AllocationsView = inferRouterOutputs<AppRouter>['economy']['allocations']['get'];

/**
 * "Fördela på insatser": splits one intervention-funds actual across interventions and local
 * groups, with "Ej fördelat" following every keystroke. Takes focus when it opens; the saved
 * notice is announced by the page.
 */
export function ActualAllocationEditor({
  actualId,
  onClose,
  onSaved,
}: {
  actualId: string;
  onClose: () => void;
  onSaved: (message: Message) => void;
}) {
  const tenant = useTenant();
  const trpc = useTRPC();
  const query = useQuery(trpc.economy.allocations.get.queryOptions({ tenant: tenant.slug, actualId }));
  return (
    <QueryState query={query}>
      {(data) => (
        <AllocationForm
          key={`${data.actual.id}-${data.actual.allocationsVersion}`}
          data={data}
          onClose={onClose}
          onSaved={onSaved}
        />
      )}
    </QueryState>
  );
}

function AllocationForm({
  data,
  onClose,
  onSaved,
}: {
  data: AllocationsView;
  onClose: () => void;
  onSaved: (message: Message) => void;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const shownUnit = useMoneyUnit();
  const [unit] = useState(shownUnit);
  const { actual, targets } = data;
  const labels: Record<string, string> = { rows: t('economy.allocations.rowsLabel') };
  const form = useSchemaForm({
    schema: allocationFormSchema(unit),
    defaultValues: { rows: allocationFormRowsOf(actual.rows, unit) },
    labels,
  });
  const rows = useFieldArray({ control: form.control, name: 'rows' });
  const typed = form.watch('rows');
  typed.forEach((_, index) => {
    labels[`rows.${index}.target`] = t('economy.allocations.rowTarget', { number: index + 1 });
    labels[`rows.${index}.amount`] = t('economy.allocations.rowAmount', { unit, number: index + 1 });
  });
  const rest = unallocatedWhileTyping(actual.amount, typed, unit);
  const save = useApiMutation(trpc.economy.allocations.save.mutationOptions(), {
    invalidates: () => [trpc.economy.pathFilter(), trpc.interventions.pathFilter()],
  });
  useEffect(() => titleRef.current?.focus(), []);

  const onSubmit = form.submit(async (values) => {
    if (save.isPending) return;
    const saved = await save.mutateAsync({
      tenant: tenant.slug,
      actualId: actual.id,
      expectedVersion: actual.allocationsVersion,
      rows: values.rows,
    });
    onSaved({
      key: 'economy.allocations.saved',
      values: {
        line: actual.lineName,
        period: actual.period,
        amount: formatAmount(saved.unallocated, shownUnit),
      },
    });
  });
  const interventions = targets.filter((target) => target.kind === 'intervention');
  const groups = targets.filter((target) => target.kind === 'localGroup');

  return (
    <form
      className="economy-form allocation-editor no-print"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={titleId}
    >
      <h2 id={titleId} ref={titleRef} tabIndex={-1}>
        {t('economy.allocations.title', { line: actual.lineName, period: actual.period })}
      </h2>
      <p>{t('economy.allocations.intro')}</p>
      <p>{t('economy.allocations.actualAmount', { amount: formatAmount(actual.amount, shownUnit) })}</p>
      <FormErrorSummary form={form} />
      <ConflictReload form={form} filter={trpc.economy.allocations.pathFilter()} />
      {rows.fields.length === 0 ? <p>{t('economy.allocations.none')}</p> : null}
      {rows.fields.map((field, index) => (
        <fieldset key={field.id} className="economy-form__row allocation-editor__row">
          <legend className="visually-hidden">
            {t('economy.allocations.rowTarget', { number: index + 1 })}
          </legend>
          <FormField form={form} name={`rows.${index}.target`}>
            {(control) => (
              <select {...control} {...form.register(`rows.${index}.target`)} className="field__input">
                <option value="">{t('economy.allocations.chooseTarget')}</option>
                <optgroup label={t('economy.allocations.interventions')}>
                  {interventions.map((target) => (
                    <option key={target.id} value={`intervention:${target.id}`}>
                      {target.name}
                    </option>
                  ))}
                </optgroup>
                {groups.length > 0 ? (
                  <optgroup label={t('economy.allocations.localGroups')}>
                    {groups.map((target) => (
                      <option key={target.id} value={`localGroup:${target.id}`}>
                        {target.name}
                      </option>
                    ))}
                  </optgroup>
                ) : null}
              </select>
            )}
          </FormField>
          <FormField form={form} name={`rows.${index}.amount`}>
            {(control) => <MoneyInput {...control} {...form.register(`rows.${index}.amount`)} />}
          </FormField>
          <button type="button" className="button button--secondary" onClick={() => rows.remove(index)}>
            {t('economy.allocations.removeRow', { number: index + 1 })}
          </button>
        </fieldset>
      ))}
      <p className="allocation-editor__rest">
        <strong>
          {rest === 0
            ? t('economy.allocations.allocated')
            : rest * Math.sign(actual.amount) < 0
              ? t('economy.allocations.over', { amount: formatAmount(Math.abs(rest), shownUnit) })
              : t('economy.allocations.unallocated', { amount: formatAmount(rest, shownUnit) })}
        </strong>
      </p>
      <div className="economy-actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => rows.append({ target: '', amount: '' }, { shouldFocus: true })}
        >
          {t('economy.allocations.addRow')}
        </button>
        <SubmitButton label={t('economy.allocations.save')} isPending={save.isPending} />
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('economy.allocations.close')}
        </button>
      </div>
    </form>
  );
}
