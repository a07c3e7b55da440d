import { interventionStatuses, methodTags } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { FilterInput, FilterSelect } from '../../components/filter-field.tsx';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';
import { filterInterventions, type InterventionFilter, sortKeys } from './filter-interventions.ts';
import { InterventionTable } from './intervention-table.tsx';
import { InterventionsSubnav, useCanEdit, useMemberNames } from './shared.tsx';

/** `/f/:slug/insatser`: the register, with search, filters and sorting (all in the browser). */
export function InterventionsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const tenant = useTenant();
  const canEdit = useCanEdit();
  const memberNames = useMemberNames();
  const archivedId = useId();
  const [filter, setFilter] = useState<InterventionFilter>({
    search: '',
    kind: 'all',
    status: 'all',
    method: 'all',
    sort: 'name',
  });
  const [includeArchived, setIncludeArchived] = useState(false);
  const list = useQuery(trpc.interventions.list.queryOptions({ tenant: slug, includeArchived }));
  const leadName = (item: {
    leadOrganisation: { type: 'forbund' } | { type: 'member'; memberId: string };
  }) =>
    item.leadOrganisation.type === 'forbund'
      ? tenant.name
      : (memberNames.get(item.leadOrganisation.memberId) ?? '–');
  const update = (changes: Partial<InterventionFilter>) =>
    setFilter((current) => ({ ...current, ...changes }));

  return (
    <>
      <PageHeading titleParts={[t('interventions.list.title'), tenant.name]}>
        {t('interventions.list.title')}
      </PageHeading>
      <InterventionsSubnav />
      <p>{t('interventions.list.intro')}</p>
      {canEdit ? (
        <p>
          <Link className="button button--primary" to={`/f/${slug}/insatser/ny`}>
            {t('interventions.list.create')}
          </Link>
        </p>
      ) : null}

      <fieldset className="insatser-filters">
        <legend>{t('interventions.list.filters')}</legend>
        <div className="insatser-toolbar">
          <FilterInput
            label={t('interventions.list.search')}
            type="search"
            value={filter.search}
            onChange={(search) => update({ search })}
          />
          <FilterSelect
            label={t('interventions.list.kind')}
            value={filter.kind}
            onChange={(kind) => update({ kind })}
            choices={[
              { value: 'all', label: t('interventions.list.all') },
              { value: 'individual', label: t('interventions.kinds.individual') },
              { value: 'structural', label: t('interventions.kinds.structural') },
            ]}
          />
          <FilterSelect
            label={t('interventions.list.status')}
            value={filter.status}
            onChange={(status) => update({ status })}
            choices={[
              { value: 'all', label: t('interventions.list.all') },
              ...interventionStatuses.map((status) => ({
                value: status,
                label: t(`interventions.statuses.${status}`),
              })),
            ]}
          />
          <FilterSelect
            label={t('interventions.list.method')}
            value={filter.method}
            onChange={(method) => update({ method })}
            choices={[
              { value: 'all', label: t('interventions.list.all') },
              ...methodTags.map((tag) => ({ value: tag.id, label: tag.label })),
            ]}
          />
          <FilterSelect
            label={t('interventions.list.sort')}
            value={filter.sort}
            onChange={(sort) => update({ sort })}
            choices={sortKeys.map((key) => ({
              value: key,
              label: t(
                `interventions.list.sort${key.charAt(0).toUpperCase()}${key.slice(1)}` as
                  | 'interventions.list.sortName'
                  | 'interventions.list.sortStatus'
                  | 'interventions.list.sortStart'
                  | 'interventions.list.sortBudget',
              ),
            }))}
          />
          <div className="insatser-check">
            <input
              id={archivedId}
              type="checkbox"
              checked={includeArchived}
              onChange={(event) => setIncludeArchived(event.target.checked)}
            />
            <label htmlFor={archivedId}>{t('interventions.list.includeArchived')}</label>
          </div>
        </div>
      </fieldset>

      {list.isPending ? (
        <LoadingStatus />
      ) : list.isError ? (
        <ErrorPanel error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <p className="empty-state">{t('interventions.list.empty')}</p>
      ) : (
        <InterventionTable
          items={filterInterventions(list.data, filter, { leadName })}
          total={list.data.length}
          leadName={leadName}
        />
      )}
    </>
  );
}
