import { interventionStatuses, methodTags } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import {
  filterInterventions,
  type InterventionFilter,
  type SortKey,
  sortKeys,
} from './filter-interventions.ts';
import { InterventionTable } from './intervention-table.tsx';
import { InterventionsSubnav, useCanEdit, useMemberNames, useSlug } from './shared.tsx';

/** `/f/:slug/insatser`: the register, with search, filters and sorting (all in the browser). */
export function InterventionsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useSlug();
  const tenant = useTenant();
  const canEdit = useCanEdit();
  const memberNames = useMemberNames();
  const ids = {
    search: useId(),
    kind: useId(),
    status: useId(),
    method: useId(),
    sort: useId(),
    archived: useId(),
  };
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
          <div className="field">
            <label className="field__label" htmlFor={ids.search}>
              {t('interventions.list.search')}
            </label>
            <input
              id={ids.search}
              className="field__input"
              type="search"
              value={filter.search}
              onChange={(event) => update({ search: event.target.value })}
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={ids.kind}>
              {t('interventions.list.kind')}
            </label>
            <select
              id={ids.kind}
              className="field__input"
              value={filter.kind}
              onChange={(event) => update({ kind: event.target.value as InterventionFilter['kind'] })}
            >
              <option value="all">{t('interventions.list.all')}</option>
              <option value="individual">{t('interventions.kinds.individual')}</option>
              <option value="structural">{t('interventions.kinds.structural')}</option>
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={ids.status}>
              {t('interventions.list.status')}
            </label>
            <select
              id={ids.status}
              className="field__input"
              value={filter.status}
              onChange={(event) => update({ status: event.target.value as InterventionFilter['status'] })}
            >
              <option value="all">{t('interventions.list.all')}</option>
              {interventionStatuses.map((status) => (
                <option key={status} value={status}>
                  {t(`interventions.statuses.${status}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={ids.method}>
              {t('interventions.list.method')}
            </label>
            <select
              id={ids.method}
              className="field__input"
              value={filter.method}
              onChange={(event) => update({ method: event.target.value })}
            >
              <option value="all">{t('interventions.list.all')}</option>
              {methodTags.map((tag) => (
                <option key={tag.id} value={tag.id}>
                  {tag.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={ids.sort}>
              {t('interventions.list.sort')}
            </label>
            <select
              id={ids.sort}
              className="field__input"
              value={filter.sort}
              onChange={(event) => update({ sort: event.target.value as SortKey })}
            >
              {sortKeys.map((key) => (
                <option key={key} value={key}>
                  {t(
                    `interventions.list.sort${key.charAt(0).toUpperCase()}${key.slice(1)}` as
                      | 'interventions.list.sortName'
                      | 'interventions.list.sortStatus'
                      | 'interventions.list.sortStart'
                      | 'interventions.list.sortBudget',
                  )}
                </option>
              ))}
            </select>
          </div>
          <div className="insatser-check">
            <input
              id={ids.archived}
              type="checkbox"
              checked={includeArchived}
              onChange={(event) => setIncludeArchived(event.target.checked)}
            />
            <label htmlFor={ids.archived}>{t('interventions.list.includeArchived')}</label>
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
