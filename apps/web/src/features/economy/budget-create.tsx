import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../components/busy-button.tsx';
import { FilterSelect } from '../../components/filter-field.tsx';
import { ErrorNotice } from '../../components/notice.tsx';
import { errorMessageOf } from '../../lib/error-message.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { useTenant } from '../tenant/use-tenant.ts';

/**
 * A year without a budget: editors start an empty one (with plan years) or copy last year's.
 * Readers are told there is none.
 */
export function BudgetCreate({
  year,
  canEdit,
  onCreateEmpty,
  onCopied,
}: {
  year: number;
  canEdit: boolean;
  onCreateEmpty: (years: number[]) => void;
  onCopied: () => void;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const id = useId();
  const [planYears, setPlanYears] = useState('0');
  const copy = useApiMutation(trpc.economy.budget.copyFromYear.mutationOptions(), {
    invalidates: () => [trpc.economy.pathFilter()],
  });
  const failure = copy.error ? errorMessageOf(copy.error) : null;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('economy.budget.createTitle')}</h2>
      <p>{t('economy.budget.none', { year })}</p>
      <ErrorNotice message={failure} />
      {canEdit ? (
        <div className="economy-actions">
          <FilterSelect
            label={t('economy.budget.planYears')}
            isInline
            value={planYears}
            onChange={setPlanYears}
            choices={['0', '1', '2', '3', '4'].map((n) => ({ value: n, label: n }))}
          />
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              onCreateEmpty(Array.from({ length: Number(planYears) + 1 }, (_, index) => year + index))
            }
          >
            {t('economy.budget.createEmpty', { year })}
          </button>
          <BusyButton
            tone="primary"
            isBusy={copy.isPending}
            onClick={() =>
              copy.mutate({ tenant: tenant.slug, fromYear: year - 1, toYear: year }, { onSuccess: onCopied })
            }
          >
            {t('economy.budget.copyFrom', { from: year - 1, year })}
          </BusyButton>
        </div>
      ) : null}
    </section>
  );
}
