import { todayInSweden } from '@samsyn/domain';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ExportButton } from '../../../components/export-button.tsx';
import { FilterSelect } from '../../../components/filter-field.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { downloadWorkbook } from '../../settings/write-workbook.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { ApplicationsSubnav } from '../applications-subnav.tsx';
import { AheadTable, GrantedTable, OverdueTable, PaymentsTable, PipelineTable } from './report-tables.tsx';
import { reportYear } from './report-year.ts';
import { reportsWorkbook } from './reports-workbook.ts';
import './application-reports.css';

/** Payments due "de närmaste 60 dagarna". */
const paymentDays = 60;
const r = 'applicationReports' as const;

/** The year in the address (`?ar=2020`), else this year in Sweden, and the picker's choices. */
function useReportYear() {
  const [params, setParams] = useSearchParams();
  const { year, years } = reportYear(params.get('ar'), Number(todayInSweden().slice(0, 4)));
  const setYear = (next: string) => setParams(next ? { ar: next } : {}, { replace: true });
  return { year, years, setYear };
}

/**
 * `/f/:slug/ansokningar/rapporter`: Beviljade insatser <år> (G20 §8), the pipeline with its
 * amounts, the commitments per year from the year, payments due in the next 60 days and reports
 * overdue — each a table, printable on A4 and exported as one workbook with a sheet per section.
 */
export function ApplicationReportsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const { year, years, setYear } = useReportYear();
  const base = { tenant: tenant.slug };
  const granted = useQuery(trpc.applicationReports.granted.queryOptions({ ...base, year }));
  const pipeline = useQuery(trpc.applicationReports.pipeline.queryOptions(base));
  const ahead = useQuery(trpc.applicationReports.commitmentsAhead.queryOptions({ ...base, fromYear: year }));
  const payments = useQuery(trpc.applicationReports.paymentsDue.queryOptions({ ...base, days: paymentDays }));
  const overdue = useQuery(trpc.applicationReports.reportsOverdue.queryOptions(base));
  const title = t(`${r}.title`);
  return (
    <article className="application-reports">
      <PageHeading titleParts={[title, tenant.name]}>{title}</PageHeading>
      <ApplicationsSubnav />
      <p className="print-only">
        {t(`${r}.generated`, { forbund: tenant.name, date: formatDate(todayInSweden()) })}
      </p>
      <p className="no-print">{t(`${r}.intro`)}</p>
      <div className="application-reports__toolbar no-print">
        <FilterSelect
          label={t(`${r}.year`)}
          value={String(year)}
          onChange={setYear}
          choices={years.map((choice) => ({ value: String(choice), label: String(choice) }))}
        />
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t(`${r}.print`)}
        </button>
        <ExportButton
          label={`${r}.exportXlsx`}
          workingLabel={`${r}.exporting`}
          failedMessage={`${r}.exportFailed`}
          onExport={async () => {
            if (!granted.data || !pipeline.data || !ahead.data || !payments.data || !overdue.data)
              throw new Error('reports not loaded');
            await downloadWorkbook(
              t(`${r}.fileName`, { forbund: tenant.slug, year }),
              reportsWorkbook(t, {
                granted: granted.data,
                pipeline: pipeline.data,
                ahead: ahead.data,
                aheadFrom: year,
                payments: payments.data,
                paymentDays,
                overdue: overdue.data,
              }),
            );
          }}
        />
      </div>
      <Section heading={t(`${r}.granted.heading`, { year })} intro={t(`${r}.granted.intro`, { year })}>
        <Loaded query={granted}>{(data) => <GrantedTable data={data} />}</Loaded>
      </Section>
      <Section heading={t(`${r}.pipeline.heading`)} intro={t(`${r}.pipeline.intro`)}>
        <Loaded query={pipeline}>{(data) => <PipelineTable data={data} />}</Loaded>
      </Section>
      <Section heading={t(`${r}.ahead.heading`)} intro={t(`${r}.ahead.intro`, { year })}>
        <Loaded query={ahead}>{(data) => <AheadTable data={data} fromYear={year} />}</Loaded>
      </Section>
      <Section
        heading={t(`${r}.payments.heading`, { days: paymentDays })}
        intro={
          payments.data ? t(`${r}.payments.intro`, { until: formatDate(payments.data.until) }) : undefined
        }
      >
        <Loaded query={payments}>{(data) => <PaymentsTable data={data} days={paymentDays} />}</Loaded>
      </Section>
      <Section heading={t(`${r}.reports.heading`)} intro={t(`${r}.reports.intro`)}>
        <Loaded query={overdue}>{(data) => <OverdueTable data={data} />}</Loaded>
      </Section>
    </article>
  );
}

function Section({
  heading,
  intro,
  children,
}: {
  heading: string;
  intro?: string | undefined;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className="application-reports__section" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {intro ? <p className="no-print">{intro}</p> : null}
      {children}
    </section>
  );
}

function Loaded<Data>({
  query,
  children,
}: {
  query: UseQueryResult<Data, unknown>;
  children: (data: Data) => ReactNode;
}) {
  return <QueryState query={query}>{children}</QueryState>;
}
