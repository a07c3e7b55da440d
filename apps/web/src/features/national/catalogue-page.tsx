import { interventionStatuses, methodTags, targetGroups } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { FilterInput, FilterSelect } from '../../components/filter-field.tsx';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { formatDate } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import './national.css';

type Kind = 'individual' | 'structural';
type Status = (typeof interventionStatuses)[number];

interface Filter {
  query?: string;
  kind?: Kind;
  status?: Status;
  targetGroup?: (typeof targetGroups)[number]['id'];
  method?: (typeof methodTags)[number]['id'];
}

/** `/katalog`: the Insatskatalog, published interventions of every förbund, searchable in Swedish. */
export function CataloguePage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [filter, setFilter] = useState<Filter>({});
  const results = useQuery({ ...trpc.catalogue.search.queryOptions(filter), placeholderData: (p) => p });
  const [draft, setDraft] = useState({ query: '', kind: '', status: '', targetGroup: '', method: '' });
  const change = (changes: Partial<typeof draft>) => setDraft((current) => ({ ...current, ...changes }));
  const all = { value: '', label: t('nationalViews.all') };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFilter({
      ...(draft.query ? { query: draft.query } : {}),
      ...(draft.kind ? { kind: draft.kind as Kind } : {}),
      ...(draft.status ? { status: draft.status as Status } : {}),
      ...(draft.targetGroup ? { targetGroup: draft.targetGroup as Filter['targetGroup'] } : {}),
      ...(draft.method ? { method: draft.method as Filter['method'] } : {}),
    });
  };

  return (
    <>
      <PageHeading titleParts={[t('nationalViews.catalogueTitle')]}>
        {t('nationalViews.catalogueTitle')}
      </PageHeading>
      <p>{t('nationalViews.catalogueIntro')}</p>
      <search>
        <form className="national-toolbar" onSubmit={onSubmit}>
          <FilterInput
            label={t('nationalViews.catalogueQuery')}
            type="search"
            value={draft.query}
            onChange={(query) => change({ query })}
          />
          <FilterSelect
            label={t('nationalViews.catalogueKind')}
            value={draft.kind}
            onChange={(kind) => change({ kind })}
            choices={[
              all,
              { value: 'individual', label: t('nationalViews.kindIndividual') },
              { value: 'structural', label: t('nationalViews.kindStructural') },
            ]}
          />
          <FilterSelect
            label={t('nationalViews.catalogueStatus')}
            value={draft.status}
            onChange={(status) => change({ status })}
            choices={[
              all,
              ...interventionStatuses.map((status) => ({
                value: status,
                label: t(`nationalViews.status.${status}`),
              })),
            ]}
          />
          <FilterSelect
            label={t('nationalViews.catalogueTargetGroup')}
            value={draft.targetGroup}
            onChange={(targetGroup) => change({ targetGroup })}
            choices={[all, ...targetGroups.map((group) => ({ value: group.id, label: group.label }))]}
          />
          <FilterSelect
            label={t('nationalViews.catalogueMethod')}
            value={draft.method}
            onChange={(method) => change({ method })}
            choices={[all, ...methodTags.map((tag) => ({ value: tag.id, label: tag.label }))]}
          />
          <button type="submit" className="button button--primary">
            {t('nationalViews.catalogueSearch')}
          </button>
        </form>
      </search>
      {results.isPending ? (
        <LoadingStatus />
      ) : results.isError ? (
        <ErrorPanel error={results.error} onRetry={() => void results.refetch()} />
      ) : (
        <section aria-live="polite">
          <h2>{t('nationalViews.catalogueHits', { count: results.data.total })}</h2>
          {results.data.total === 0 ? (
            <div className="empty-state">
              {Object.keys(filter).length > 0 ? (
                <p>{t('nationalViews.catalogueNoMatch')}</p>
              ) : (
                <>
                  <p>{t('nationalViews.catalogueEmpty')}</p>
                  <p>{t('nationalViews.catalogueHowToPublish')}</p>
                </>
              )}
            </div>
          ) : null}
          <ul className="national-catalogue-list">
            {results.data.items.map((item) => (
              <li key={item.id}>
                <h3>
                  <Link to={`/katalog/${item.id}`}>{item.name}</Link>
                </h3>
                <p>
                  {item.publisherName} · {t(`nationalViews.status.${item.status}`)} ·{' '}
                  {t(
                    item.kind === 'individual'
                      ? 'nationalViews.kindIndividual'
                      : 'nationalViews.kindStructural',
                  )}
                  {item.startDate ? ` · ${formatDate(item.startDate, 'short')}` : ''}
                </p>
                {item.description ? <p>{item.description.slice(0, 280)}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
