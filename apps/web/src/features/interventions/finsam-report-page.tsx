import type { GenderCount } from '@samsyn/domain';
import { parsePeriod } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { type ExportCell, kronorCell } from './export-xlsx.ts';
import { InterventionNotFound } from './intervention-not-found.tsx';
import { ReportToolbar, useReportPeriod } from './report-period.tsx';
import { DemoBadge, formatCount, formatOre, InterventionsSubnav, useSlug } from './shared.tsx';

/** `/f/:slug/insatser/rapporter/uppfoljning-finsam`: the period's figures as FK's Uppföljning Finsam asks them. */
export function FinsamReportPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const period = useReportPeriod();
  // A period in the address that cannot be one names no report.
  if (period !== null && parsePeriod(period) === null) return <InterventionNotFound />;
  const title = t('interventions.reports.finsam.title');
  return (
    <>
      <PageHeading titleParts={[title, tenant.name]}>
        {period ? t('interventions.reports.finsam.heading', { period }) : title}
      </PageHeading>
      <InterventionsSubnav />
      <p>{t('interventions.reports.finsam.intro')}</p>
      {period === null ? <LoadingStatus /> : <FinsamBody period={period} key={period} />}
    </>
  );
}

const genderCells = (count: GenderCount | null | undefined): ExportCell[] =>
  count ? [count.total, count.women, count.men, count.otherUnknown] : [null, null, null, null];

function FinsamBody({ period }: { period: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useSlug();
  const report = useQuery(
    trpc.interventions.reports.uppfoljningFinsam.queryOptions({ tenant: slug, period }),
  );
  const f = (key: 'women' | 'men' | 'otherUnknown' | 'total') => t(`interventions.reports.finsam.${key}`);
  const individualHeaders = [
    t('interventions.reports.finsam.name'),
    t('interventions.reports.finsam.budget'),
    t('interventions.reports.finsam.spend'),
    ...(['total', 'women', 'men', 'otherUnknown'] as const).map(
      (k) => `${t('interventions.reports.finsam.planned')}, ${f(k).toLocaleLowerCase('sv')}`,
    ),
    ...(['total', 'women', 'men', 'otherUnknown'] as const).map(
      (k) => `${t('interventions.reports.finsam.actual')}, ${f(k).toLocaleLowerCase('sv')}`,
    ),
  ];
  const structuralHeaders = [
    t('interventions.reports.finsam.name'),
    t('interventions.reports.finsam.budget'),
    t('interventions.reports.finsam.spend'),
    t('interventions.reports.finsam.staff'),
    t('interventions.reports.finsam.managers'),
    t('interventions.reports.finsam.unspecified'),
    t('interventions.reports.finsam.reached'),
    t('interventions.reports.finsam.meetings'),
  ];
  const data = report.data;
  const individual = data?.rows.filter((row) => row.kind === 'individual') ?? [];
  const structural = data?.rows.filter((row) => row.kind === 'structural') ?? [];
  const toRows = (): ExportCell[][] => {
    if (!data) return [];
    return [
      [t('interventions.reports.finsam.individualCaption')],
      individualHeaders,
      ...individual.map((row) => [
        row.name,
        kronorCell(row.totalBudget),
        kronorCell(row.spend),
        ...genderCells(row.individual?.planned),
        ...genderCells(row.individual?.actual),
      ]),
      [
        t('interventions.reports.finsam.sum'),
        kronorCell(data.totals.individual.totalBudget),
        kronorCell(data.totals.individual.spend),
        ...genderCells(data.totals.individual.plannedParticipants),
        ...genderCells(data.totals.individual.actualParticipants),
      ],
      [],
      [t('interventions.reports.finsam.structuralCaption')],
      structuralHeaders,
      ...structural.map((row) => [
        row.name,
        kronorCell(row.totalBudget),
        kronorCell(row.spend),
        row.structural?.staffReached ?? null,
        row.structural?.managersReached ?? null,
        row.structural?.unspecifiedReached ?? null,
        row.structural?.personsReached ?? null,
        row.structural?.meetingsHeld ?? null,
      ]),
      [
        t('interventions.reports.finsam.sum'),
        kronorCell(data.totals.structural.totalBudget),
        kronorCell(data.totals.structural.spend),
        null,
        null,
        null,
        data.totals.structural.personsReached,
        data.totals.structural.meetingsHeld,
      ],
    ];
  };
  const countCells = (count: GenderCount | null | undefined) =>
    (['total', 'women', 'men', 'otherUnknown'] as const).map((key) => (
      <td className="num" key={key}>
        {formatCount(count?.[key])}
      </td>
    ));

  return (
    <>
      <ReportToolbar
        period={period}
        fileName={`uppfoljning-finsam-${slug}-${period}.xlsx`}
        sheet={t('interventions.reports.finsam.sheet')}
        rows={data ? toRows : null}
      />
      {report.isPending ? (
        <LoadingStatus />
      ) : report.isError ? (
        <ErrorPanel error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <div className="insatser-report insatser-report--landscape">
          <p className="insatser-report__meta">
            {t('interventions.reports.generated', { forbund: report.data.forbundName, period })}
          </p>
          {report.data.demoEstimateIds.length > 0 ? (
            <p className="notice">{t('interventions.common.demoEstimateNote')}</p>
          ) : null}
          <ScrollRegion label={t('interventions.reports.finsam.individualCaption')}>
            <table className="insatser-table">
              <caption>{t('interventions.reports.finsam.individualCaption')}</caption>
              <thead>
                <tr>
                  {individualHeaders.map((header, index) => (
                    <th scope="col" key={header} className={index > 0 ? 'num' : undefined}>
                      {header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {individual.map((row) => (
                  <tr key={row.interventionId}>
                    <th scope="row">
                      {row.name}
                      <DemoBadge isShown={report.data.demoEstimateIds.includes(row.interventionId)} />
                    </th>
                    <td className="num">{formatOre(row.totalBudget)}</td>
                    <td className="num">{formatOre(row.spend)}</td>
                    {countCells(row.individual?.planned)}
                    {countCells(row.individual?.actual)}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('interventions.reports.finsam.sum')}</th>
                  <td className="num">{formatOre(report.data.totals.individual.totalBudget)}</td>
                  <td className="num">{formatOre(report.data.totals.individual.spend)}</td>
                  {countCells(report.data.totals.individual.plannedParticipants)}
                  {countCells(report.data.totals.individual.actualParticipants)}
                </tr>
              </tfoot>
            </table>
          </ScrollRegion>
          <ScrollRegion label={t('interventions.reports.finsam.structuralCaption')}>
            <table className="insatser-table">
              <caption>{t('interventions.reports.finsam.structuralCaption')}</caption>
              <thead>
                <tr>
                  {structuralHeaders.map((header, index) => (
                    <th scope="col" key={header} className={index > 0 ? 'num' : undefined}>
                      {header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {structural.map((row) => (
                  <tr key={row.interventionId}>
                    <th scope="row">
                      {row.name}
                      <DemoBadge isShown={report.data.demoEstimateIds.includes(row.interventionId)} />
                    </th>
                    <td className="num">{formatOre(row.totalBudget)}</td>
                    <td className="num">{formatOre(row.spend)}</td>
                    <td className="num">{formatCount(row.structural?.staffReached)}</td>
                    <td className="num">{formatCount(row.structural?.managersReached)}</td>
                    <td className="num">{formatCount(row.structural?.unspecifiedReached)}</td>
                    <td className="num">{formatCount(row.structural?.personsReached)}</td>
                    <td className="num">{formatCount(row.structural?.meetingsHeld)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('interventions.reports.finsam.sum')}</th>
                  <td className="num">{formatOre(report.data.totals.structural.totalBudget)}</td>
                  <td className="num">{formatOre(report.data.totals.structural.spend)}</td>
                  <td />
                  <td />
                  <td />
                  <td className="num">{formatCount(report.data.totals.structural.personsReached)}</td>
                  <td className="num">{formatCount(report.data.totals.structural.meetingsHeld)}</td>
                </tr>
              </tfoot>
            </table>
          </ScrollRegion>
          <p className="insatser-muted">
            {t('interventions.reports.finsam.economyNote', { year: period.slice(0, 4) })}{' '}
            <Link to={`/f/${slug}/ekonomi/rapporter`}>{t('interventions.reports.finsam.economyLink')}</Link>
          </p>
        </div>
      )}
    </>
  );
}
