import { balanceDateInputSchema } from '@samsyn/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FormErrorSummary } from '../../components/form/form-error-summary.tsx';
import { FormField } from '../../components/form/form-field.tsx';
import { useSchemaForm } from '../../components/form/use-schema-form.ts';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { formatDate } from '../../lib/format.ts';
import type { Message } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { useTenantRole } from '../tenant/use-tenant-role.ts';
import { BalancesEditor } from './balances-editor.tsx';

const isValidDate = (text: string) =>
  balanceDateInputSchema.safeParse({ date: text }).success && text >= '2000-01-01';

/** `/f/:slug/ekonomi/balanser`: the balances entered for a date, checked live as they are typed. */
export function BalancesPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const [params] = useSearchParams();
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
  const listId = useId();
  const [status, setStatus] = useState<Message | null>(null);
  // Bumped to rebuild the editor from the stored balances (a conflict's reload); a save keeps it,
  // so focus stays on the save button.
  const [loads, setLoads] = useState(0);
  const queryClient = useQueryClient();
  // The default date is the newest one entered, known only once the list has loaded: showing the
  // date field before then would let the loaded default overwrite what the user has typed.
  if (dates.isPending) return <LoadingStatus />;
  return (
    <>
      <PageHeading titleParts={[title, t('economy.title'), tenant.name]}>
        {t('economy.balances.heading', { date: formatDate(date) })}
      </PageHeading>
      <p>{t('economy.balances.intro')}</p>
      <DateForm key={date} date={date} onChoose={() => setStatus(null)} />
      {dates.data && dates.data.dates.length > 0 ? (
        <nav aria-labelledby={listId} className="no-print">
          <h2 id={listId} className="economy-balances__dates-title">
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
      <Notice message={status} />
      <QueryState query={view}>
        {(data) => (
          <BalancesEditor
            key={`${date}-${loads}`}
            date={date}
            view={data}
            canEdit={canEdit}
            onSaved={() => setStatus({ key: 'economy.balances.saved', values: { date: formatDate(date) } })}
            onEdit={() => setStatus(null)}
            onReload={() => {
              void queryClient.invalidateQueries(trpc.economy.balances.pathFilter());
              setLoads((n) => n + 1);
            }}
          />
        )}
      </QueryState>
    </>
  );
}

/** The balance date to show, on the domain's date schema. */
function DateForm({ date, onChoose }: { date: string; onChoose: () => void }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const form = useSchemaForm({
    schema: balanceDateInputSchema,
    defaultValues: { date },
    labels: { date: t('economy.reports.date') },
  });
  const onSubmit = form.submit((values) => {
    onChoose();
    const next = new URLSearchParams(params);
    next.set('datum', values.date);
    setParams(next);
  });
  return (
    <>
      <FormErrorSummary form={form} />
      <form className="economy-filter no-print" onSubmit={onSubmit} noValidate>
        <FormField form={form} name="date" hint={t('economy.balances.dateHint')}>
          {(control) => (
            <input {...control} {...form.register('date')} type="date" className="field__input" />
          )}
        </FormField>
        <button type="submit" className="button button--secondary">
          {t('economy.yearSubmit')}
        </button>
      </form>
    </>
  );
}
