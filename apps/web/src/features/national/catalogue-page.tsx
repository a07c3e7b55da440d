import { interventionStatuses, methodTags, targetGroups } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorPanel } from '../../components/error-panel.tsx';
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
  const ids = { query: useId(), kind: useId(), status: useId(), group: useId(), method: useId() };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => {
      const v = String(form.get(name) ?? '');
      return v === '' ? undefined : v;
    };
    setFilter({
      ...(value('query') ? { query: value('query') } : {}),
      ...(value('kind') ? { kind: value('kind') as Kind } : {}),
      ...(value('status') ? { status: value('status') as Status } : {}),
      ...(value('targetGroup') ? { targetGroup: value('targetGroup') as Filter['targetGroup'] } : {}),
      ...(value('method') ? { method: value('method') as Filter['method'] } : {}),
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
          <div className="field">
            <label className="field__label" htmlFor={ids.query}>
              {t('nationalViews.catalogueQuery')}
            </label>
            <input id={ids.query} name="query" type="search" className="field__input" />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={ids.kind}>
              {t('nationalViews.catalogueKind')}
            </label>
            <select id={ids.kind} name="kind" className="field__input" defaultValue="">
              <option value="">{t('nationalViews.all')}</option>
              <option value="individual">{t('nationalViews.kindIndividual')}</option>
              <option value="structural">{t('nationalViews.kindStructural')}</option>
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={ids.status}>
              {t('nationalViews.catalogueStatus')}
            </label>
            <select id={ids.status} name="status" className="field__input" defaultValue="">
              <option value="">{t('nationalViews.all')}</option>
              {interventionStatuses.map((status) => (
                <option key={status} value={status}>
                  {t(`nationalViews.status.${status}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={ids.group}>
              {t('nationalViews.catalogueTargetGroup')}
            </label>
            <select id={ids.group} name="targetGroup" className="field__input" defaultValue="">
              <option value="">{t('nationalViews.all')}</option>
              {targetGroups.map((group) => (
                <option key={group.id} value={group.id}>
                  {group.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={ids.method}>
              {t('nationalViews.catalogueMethod')}
            </label>
            <select id={ids.method} name="method" className="field__input" defaultValue="">
              <option value="">{t('nationalViews.all')}</option>
              {methodTags.map((tag) => (
                <option key={tag.id} value={tag.id}>
                  {tag.label}
                </option>
              ))}
            </select>
          </div>
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
