import type { AppRouter } from '@samsyn/api';
import type { Budget } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { QueryState } from '../../components/query-state.tsx';
import type { Message } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { BudgetCommitments } from '../applications/reports/budget-commitments.tsx';
import { useTenant } from '../tenant/use-tenant.ts';
import { useTenantRole } from '../tenant/use-tenant-role.ts';
import { BudgetCreate } from './budget-create.tsx';
import { BudgetEditor } from './budget-editor.tsx';
import { yearsLabel } from './budget-form.ts';
import { BudgetStatement } from './budget-statement.tsx';
import { BudgetTotals } from './budget-totals.tsx';
import { budgetRows } from './economy-exports.ts';
import { useMoneyUnit } from './money-unit.ts';
import { ReportActions } from './report-kit.tsx';
import { downloadXlsx } from './table-file.ts';
import { useEconomyYear, YearPicker } from './year-picker.tsx';

export type BudgetView = inferRouterOutputs<AppRouter>['economy']['budget']['get'];

/** `/f/:slug/ekonomi`: the budget or multi-year plan in force for a year, editable by editors. */
export function BudgetPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { year, years, isReady } = useEconomyYear(tenant.slug);
  const trpc = useTRPC();
  const view = useQuery({
    ...trpc.economy.budget.get.queryOptions({ tenant: tenant.slug, year }),
    enabled: isReady,
  });
  // Bumped to rebuild the editor from the stored budget (after a copy, or a conflict's reload);
  // a save keeps the editor, so focus stays on its button.
  const [loads, setLoads] = useState(0);
  const [notice, setNotice] = useState<Message | null>(null);
  const title = t('economy.budget.title');
  return (
    <>
      <PageHeading titleParts={[title, t('economy.title'), tenant.name]}>{`${title} ${year}`}</PageHeading>
      <p>{t('economy.budget.intro')}</p>
      <YearPicker key={year} year={year} years={years} />
      <Notice message={notice} />
      {isReady ? (
        <QueryState query={view}>
          {(data) => (
            <BudgetBody
              key={`${year}-${loads}`}
              view={data}
              year={year}
              onNotice={setNotice}
              onReload={() => setLoads((n) => n + 1)}
            />
          )}
        </QueryState>
      ) : (
        <LoadingStatus />
      )}
    </>
  );
}

function BudgetBody({
  view,
  year,
  onNotice,
  onReload,
}: {
  view: BudgetView;
  year: number;
  onNotice: (message: Message | null) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const unit = useMoneyUnit();
  const canEdit = useTenantRole('editor');
  const [newYears, setNewYears] = useState<number[] | null>(null);
  const years = view.budget?.years ?? newYears;
  if (!years) {
    return (
      <BudgetCreate
        year={year}
        canEdit={canEdit}
        onCreateEmpty={(created) => {
          onNotice(null);
          setNewYears(created);
        }}
        onCopied={() => {
          onNotice({ key: 'economy.budget.copied', values: { year, from: year - 1 } });
          onReload();
        }}
      />
    );
  }
  const caption = t('economy.budget.tableCaption', {
    years: yearsLabel(years),
    amounts: t(`economy.common.amountsIn.${unit}`),
  });
  const statement = view.budget ? <BudgetStatement budget={view.budget} caption={caption} /> : null;
  const actions = view.budget ? (
    <ReportActions
      onExport={() =>
        downloadXlsx(
          `budget-${tenant.slug}-${years[0]}.xlsx`,
          t('economy.xlsxSheet.budget'),
          budgetRows(t, view.budget as Budget, `${caption} – ${tenant.name}`),
          [36, 18, 22, 18, 16, ...years.map(() => 16)],
        )
      }
    />
  ) : null;
  // Issue 22: varav beviljat and tillgängligt computed from the agreements, below the budget.
  const commitments = view.budget ? (
    <BudgetCommitments firstYear={view.budget.firstYear} yearCount={years.length} />
  ) : null;
  if (!canEdit) {
    // Readers get the statement: names in full, sums per section, nothing to type in.
    return (
      <>
        {view.isPlanYear && view.budget ? (
          <p className="notice notice--info">
            {t('economy.budget.planYear', { year, first: years[0], last: years[years.length - 1] })}
          </p>
        ) : null}
        {actions}
        {statement}
        {view.budget ? <BudgetTotals budget={view.budget} /> : null}
        {commitments}
      </>
    );
  }
  return (
    <>
      {actions}
      {/* Editors print the statement too: inputs cut names short and print poorly. */}
      <div className="print-only">{statement}</div>
      <div className="no-print">
        <BudgetEditor
          view={view}
          years={years}
          year={year}
          canEdit={canEdit}
          onNotice={onNotice}
          onReload={onReload}
        />
      </div>
      {commitments}
    </>
  );
}
