import { type DecisionKind, decisionKindNames, decisionKinds, normaliseDecisionQuery } from '@samsyn/domain';
import { useInfiniteQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { BusyButton } from '../../../components/busy-button.tsx';
import { type Choice, FilterSelect } from '../../../components/filter-field.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { useTRPC } from '../../../lib/trpc.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { BoardSubnav } from '../board-subnav.tsx';
import { DecisionsExport } from './decisions-export.tsx';
import { DecisionsTable } from './decisions-table.tsx';
import './decisions.css';

/** The register's filters as the address holds them (`?q=…&ar=2019&slag=plan`), so a search can be shared. */
function useFilters() {
  const [params, setParams] = useSearchParams();
  const q = normaliseDecisionQuery(params.get('q'));
  const yearText = params.get('ar') ?? '';
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  const kindText = params.get('slag') ?? '';
  const kind = (decisionKinds as readonly string[]).includes(kindText)
    ? (kindText as DecisionKind)
    : undefined;
  const set = (next: { q?: string; year?: string; kind?: string }) => {
    const merged = {
      q: next.q ?? q,
      ar: next.year ?? (year ? String(year) : ''),
      slag: next.kind ?? kind ?? '',
    };
    setParams(Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== '')), {
      replace: true,
    });
  };
  return { q, year, kind, set };
}

/**
 * `/f/:slug/beslut`: the decisions register. A Swedish full-text search (inflected forms found),
 * year and kind filters, the matches counted aloud, an .xlsx export of everything matching, and
 * print on A4.
 */
export function DecisionsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const filters = useFilters();
  const input = {
    tenant: tenant.slug,
    ...(filters.q ? { q: filters.q } : {}),
    ...(filters.year ? { year: filters.year } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
  };
  const list = useInfiniteQuery(
    trpc.decisions.list.infiniteQueryOptions(input, { getNextPageParam: (page) => page.nextCursor }),
  );
  const isFiltered = Boolean(filters.q || filters.year || filters.kind);
  return (
    <article className="decisions-page">
      <PageHeading titleParts={[t('boardDecisions.title'), tenant.name]}>
        {t('boardDecisions.title')}
      </PageHeading>
      <BoardSubnav />
      <p className="print-only">{t('boardDecisions.generated', { forbund: tenant.name })}</p>
      <p className="no-print">{t('boardDecisions.intro')}</p>
      <SearchForm initial={filters.q} onSearch={(q) => filters.set({ q })} key={filters.q} />
      <div className="decisions-toolbar no-print">
        <FilterSelect
          label={t('boardDecisions.search.year')}
          value={filters.year ? String(filters.year) : ''}
          onChange={(year) => filters.set({ year })}
          choices={[
            { value: '', label: t('boardDecisions.search.allYears') },
            ...(list.data?.pages[0]?.years ?? (filters.year ? [filters.year] : [])).map((year) => ({
              value: String(year),
              label: String(year),
            })),
          ]}
        />
        <FilterSelect
          label={t('boardDecisions.search.kind')}
          value={filters.kind ?? ''}
          onChange={(kind) => filters.set({ kind })}
          choices={[
            { value: '', label: t('boardDecisions.search.allKinds') },
            ...decisionKinds.map((kind): Choice => ({ value: kind, label: decisionKindNames[kind] })),
          ]}
        />
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('boardDecisions.print')}
        </button>
        <DecisionsExport input={input} />
      </div>
      <p role="status" className="decisions-count">
        {list.data
          ? filters.q
            ? t('boardDecisions.countFor', { count: list.data.pages[0]?.total ?? 0, q: filters.q })
            : t('boardDecisions.count', { count: list.data.pages[0]?.total ?? 0 })
          : ''}
      </p>
      <QueryState
        query={list}
        isEmpty={(data) => (data.pages[0]?.total ?? 0) === 0}
        empty={
          <p className="empty-state">
            {isFiltered ? t('boardDecisions.empty') : t('boardDecisions.emptyRegister')}
          </p>
        }
      >
        {(data) => (
          <>
            <DecisionsTable rows={data.pages.flatMap((page) => page.rows)} />
            {list.hasNextPage ? (
              <p className="no-print">
                <BusyButton isBusy={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
                  {list.isFetchingNextPage ? t('app.working') : t('boardDecisions.more')}
                </BusyButton>
              </p>
            ) : null}
          </>
        )}
      </QueryState>
    </article>
  );
}

/** The search box: searched on Enter or "Sök", not on every key (each search is a query). */
function SearchForm({ initial, onSearch }: { initial: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(normaliseDecisionQuery(text));
  };
  return (
    <search className="decisions-search no-print">
      <form onSubmit={submit}>
        <div className="field">
          <label className="field__label" htmlFor={id}>
            {t('boardDecisions.search.label')}
          </label>
          <p className="field__hint" id={`${id}-hint`}>
            {t('boardDecisions.search.hint')}
          </p>
          <div className="decisions-search__row">
            <input
              id={id}
              type="search"
              className="field__input"
              value={text}
              maxLength={200}
              aria-describedby={`${id}-hint`}
              onChange={(event) => setText(event.target.value)}
            />
            <button type="submit" className="button button--primary">
              {t('boardDecisions.search.submit')}
            </button>
            {initial ? (
              <button type="button" className="button button--secondary" onClick={() => onSearch('')}>
                {t('boardDecisions.search.clear')}
              </button>
            ) : null}
          </div>
        </div>
      </form>
    </search>
  );
}
