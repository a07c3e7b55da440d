import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { formatDate } from '../../lib/format.ts';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';
import { type FinsamWord, f, type Translate } from './finsam-sheet.ts';
import { type FinsamReport, formatOre } from './shared.tsx';

/**
 * The förbund block of Uppföljning Finsam, from the books: allocated funds per funder, the
 * administrative costs, intervention funds and total costs, each as the year's budget and the
 * period's actual; and the equity, saying whether it is the balance sheet's or a forecast.
 */
export function FinsamForbundSection({ report }: { report: FinsamReport }) {
  const { t } = useTranslation();
  const slug = useTenantSlug();
  const headingId = useId();
  const tr: Translate = (key, values) => t(key, values);
  const w = (word: FinsamWord, values?: Record<string, string | number>) => tr(f(word), values);
  const { forbund } = report;
  const year = report.period.slice(0, 4);
  const rows: { key: string; label: string; budget: number; actual: number; isTotal?: boolean }[] = [
    ...forbund.contributions.map((entry) => ({
      key: `funder-${entry.funderGroup ?? 'none'}`,
      label: w(`funders.${entry.funderGroup ?? 'none'}`),
      ...entry,
    })),
    { key: 'allocated', label: w('allocatedTotal'), ...forbund.contributionsTotal, isTotal: true },
    { key: 'administration', label: w('administrativeCosts'), ...forbund.administrativeCosts },
    { key: 'interventions', label: w('interventionFunds'), ...forbund.interventionFunds },
    { key: 'costs', label: w('totalCosts'), ...forbund.totalCosts, isTotal: true },
  ];
  const equity = forbund.equity;
  return (
    <section className="insatser-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{w('forbundTitle')}</h2>
      <p>{w('forbundIntro')}</p>
      <ScrollRegion label={w('forbundCaption', { period: report.period })}>
        <table className="insatser-table">
          <caption>{w('forbundCaption', { period: report.period })}</caption>
          <thead>
            <tr>
              <th scope="col">{w('item')}</th>
              <th scope="col" className="num">
                {w('budgetKr', { year })}
              </th>
              <th scope="col" className="num">
                {w('actualKr', { period: report.period })}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className={row.isTotal ? 'insatser-table__total' : undefined}>
                <th scope="row">{row.label}</th>
                <td className="num">{formatOre(row.budget)}</td>
                <td className="num">{formatOre(row.actual)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <dl className="insatser-facts">
        <dt>{w('equity')}</dt>
        <dd>
          {equity ? (
            <>
              {formatOre(equity.amount)}{' '}
              {w(equity.source === 'balanceSheet' ? 'equityBalanceSheet' : 'equityForecast', {
                date: formatDate(equity.date),
              })}
            </>
          ) : (
            <>
              {w('equityMissing', { date: report.period })}{' '}
              <Link to={`/f/${slug}/ekonomi/balanser`}>{w('equityLink')}</Link>
            </>
          )}
        </dd>
      </dl>
      <p className="insatser-muted">
        {w('economyNote')} <Link to={`/f/${slug}/ekonomi/rapporter`}>{w('economyLink')}</Link>
      </p>
    </section>
  );
}
