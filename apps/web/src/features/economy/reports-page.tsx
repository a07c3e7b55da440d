import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useTenant } from '../tenant/use-tenant.ts';
import { BalanceSheetReport } from './balance-sheet-report.tsx';
import { ForecastReport } from './forecast-report.tsx';
import { IncomeStatementReport } from './income-statement-report.tsx';
import { OperatingStatementReport } from './operating-statement-report.tsx';
import { lastDay } from './report-cells.ts';
import {
  PickerSelect,
  ThroughMonthField,
  useEconomyYear,
  useThroughMonth,
  YearPicker,
} from './year-picker.tsx';

const reportKinds = ['operatingStatement', 'incomeStatement', 'balanceSheet', 'forecast'] as const;
type ReportKind = (typeof reportKinds)[number];

/** `/f/:slug/ekonomi/rapporter`: the four reports, on screen, printable (A4) and as .xlsx. */
export function ReportsPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const [params] = useSearchParams();
  const { year, years, isReady } = useEconomyYear(tenant.slug);
  const kind = (reportKinds as readonly string[]).includes(params.get('rapport') ?? '')
    ? (params.get('rapport') as ReportKind)
    : 'operatingStatement';
  const throughMonth = useThroughMonth(year, years);
  return (
    <>
      <PageHeading titleParts={[t(`economy.reports.kinds.${kind}`), t('economy.title'), tenant.name]}>
        {`${t(`economy.reports.kinds.${kind}`)} ${year}`}
      </PageHeading>
      <p className="print-only">{tenant.name}</p>
      <YearPicker
        key={`${year}-${kind}-${throughMonth}`}
        year={year}
        years={years}
        extraParams={['rapport', 'manad']}
      >
        <PickerSelect
          label={t('economy.reports.report')}
          name="rapport"
          defaultValue={kind}
          choices={reportKinds.map((option) => ({
            value: option,
            label: t(`economy.reports.kinds.${option}`),
          }))}
        />
        <ThroughMonthField throughMonth={throughMonth} />
      </YearPicker>
      {!isReady ? (
        <LoadingStatus />
      ) : kind === 'operatingStatement' ? (
        <OperatingStatementReport year={year} throughMonth={throughMonth} />
      ) : kind === 'incomeStatement' ? (
        <IncomeStatementReport year={year} throughMonth={throughMonth} />
      ) : kind === 'balanceSheet' ? (
        <BalanceSheetReport date={lastDay(year, throughMonth)} />
      ) : (
        <ForecastReport year={year} throughMonth={throughMonth} />
      )}
    </>
  );
}
