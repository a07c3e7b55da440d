import { nnsQuestionnaires } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { FilterSelect } from '../../../components/filter-field.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { useTRPC } from '../../../lib/trpc.ts';
import { downloadXlsx } from '../../economy/table-file.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { useTenantRole } from '../../tenant/use-tenant-role.ts';
import { PlanSubnav } from '../plan-subnav.tsx';
import { nnsExportRows } from './nns-export.ts';
import { NnsImportPanel } from './nns-import-panel.tsx';
import { NnsResultsTable, useScopeLabel } from './nns-results-table.tsx';
import type { NnsPage as NnsPageData } from './nns-types.ts';
import './nns.css';

/**
 * `/f/:slug/plan/nns`: the förbund's NNS survey results per year (`?ar=2019`), one table per
 * questionnaire with n, the score (".." below five answers), NNS's national figure and last year's
 * score, the comparisons in words; an .xlsx export; and, for editors, the result file import.
 */
export function NnsPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const canEdit = useTenantRole('editor');
  const scopeLabel = useScopeLabel();
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('ar')) || undefined;
  const query = useQuery(trpc.nns.results.queryOptions({ tenant: tenant.slug, year: asked }));
  const title = t('nns.title');

  const showYear = (year: number) => setParams({ ar: String(year) }, { replace: true });

  async function onExport(page: NnsPageData & { year: number }) {
    await downloadXlsx(
      `nns-${tenant.slug}-${page.year}.xlsx`,
      t('nns.exportSheet', { year: page.year }),
      nnsExportRows(page, t, scopeLabel),
      [6, 20, 60, 30, 10, 10, 10, 22, 10, 26],
    );
  }

  return (
    <>
      <PageHeading titleParts={[title, tenant.name]}>{title}</PageHeading>
      <PlanSubnav />
      <p>{t('nns.intro')}</p>
      <QueryState query={query}>
        {(page) =>
          page.year === null ? (
            <p>{t('nns.noYears')}</p>
          ) : (
            <YearResults
              page={{ ...page, year: page.year }}
              onYear={showYear}
              onExport={(data) => void onExport(data)}
            />
          )
        }
      </QueryState>
      {canEdit ? <NnsImportPanel onImported={showYear} /> : null}
    </>
  );
}

function YearResults({
  page,
  onYear,
  onExport,
}: {
  page: NnsPageData & { year: number };
  onYear: (year: number) => void;
  onExport: (page: NnsPageData & { year: number }) => void;
}) {
  const { t } = useTranslation();
  const years = page.years.includes(page.year) ? page.years : [page.year, ...page.years];
  return (
    <div>
      <div className="nns-toolbar">
        <FilterSelect
          label={t('nns.year')}
          value={String(page.year)}
          onChange={(value) => onYear(Number(value))}
          choices={years.map((year) => ({ value: String(year), label: String(year) }))}
          isInline
        />
        {page.results.length > 0 ? (
          <button type="button" className="button" onClick={() => onExport(page)}>
            {t('nns.export', { year: page.year })}
          </button>
        ) : null}
      </div>
      {page.isDemoEstimate ? <p>{t('nns.demoNote', { year: page.year })}</p> : null}
      {page.results.length === 0 ? (
        <p>{t('nns.noResults', { year: page.year })}</p>
      ) : (
        <>
          <p>{t('nns.suppressedNote')}</p>
          {nnsQuestionnaires.map((questionnaire) => {
            const results = page.results.filter((result) => result.questionnaire === questionnaire);
            return results.length > 0 ? (
              <NnsResultsTable
                key={questionnaire}
                year={page.year}
                questionnaire={questionnaire}
                results={results}
              />
            ) : null;
          })}
        </>
      )}
    </div>
  );
}
