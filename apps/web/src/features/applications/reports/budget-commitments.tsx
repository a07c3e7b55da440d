import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/query-state.tsx';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { useTRPC } from '../../../lib/trpc.ts';
import { formatAmount, useMoneyUnit } from '../../economy/money-unit.ts';
import { UnitNote } from '../../economy/unit-note.tsx';
import { useTenant } from '../../tenant/use-tenant.ts';
import { ofWhichSentence, printedGrantedSentence } from './commitment-text.ts';

export interface BudgetCommitmentsProps {
  firstYear: number;
  yearCount: number;
}

const rows = ['interventionFunds', 'granted', 'available', 'expected', 'proposed'] as const;
const fields = {
  interventionFunds: 'interventionFundsOre',
  granted: 'grantedOre',
  available: 'availableOre',
  expected: 'expectedOre',
  proposed: 'proposedOre',
} as const;

/**
 * On the economy's budget page, below the budget: per year the intervention funds, "varav
 * beviljat" (the granted agreements' commitments), "tillgängligt för nya insatser" (the rest, said
 * to be over-committed when negative), the pipeline's expected and proposed amounts, and the
 * budget's own printed varav lines compared with the line and with the agreements.
 */
export function BudgetCommitments({ firstYear, yearCount }: BudgetCommitmentsProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const unit = useMoneyUnit();
  const headingId = useId();
  const query = useQuery(
    trpc.applicationReports.commitments.queryOptions({ tenant: tenant.slug, firstYear, yearCount }),
  );
  return (
    <section className="budget-commitments" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('applicationReports.commitments.heading')}</h2>
      <p>{t('applicationReports.commitments.intro')}</p>
      <QueryState
        query={query}
        isEmpty={(data) => data.years.length === 0}
        empty={<p className="empty-state">{t('applicationReports.commitments.noBudget')}</p>}
      >
        {(data) => (
          <>
            <ScrollRegion label={t('applicationReports.commitments.caption')}>
              <table className="economy-table">
                <caption>
                  {t('applicationReports.commitments.caption')}
                  <UnitNote />
                </caption>
                <thead>
                  <tr>
                    <td />
                    {data.years.map((year) => (
                      <th key={year.year} scope="col" className="num">
                        {year.year}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row}>
                      <th scope="row">{t(`applicationReports.commitments.rows.${row}`)}</th>
                      {data.years.map((year) => (
                        <td key={year.year} className="num">
                          {formatAmount(year[fields[row]], unit)}
                          {row === 'available' && year.isOverCommitted
                            ? ` (${t('applicationReports.commitments.overCommitted')})`
                            : null}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
            {data.years.map((year) =>
              year.isOverCommitted ? (
                <p key={`over-${year.year}`} className="notice notice--warning">
                  {t('applicationReports.commitments.overCommittedNotice', {
                    year: year.year,
                    amount: formatAmount(-year.availableOre, unit),
                  })}
                </p>
              ) : null,
            )}
            {data.years.flatMap((year) => [
              ...year.printedOfWhich.map((printed) => (
                <p key={`sum-${year.year}-${printed.lineCode}`}>{ofWhichSentence(t, year.year, printed)}</p>
              )),
              ...year.printedGranted.map((printed) => (
                <p key={`granted-${year.year}-${printed.lineCode}`}>
                  {printedGrantedSentence(t, year.year, printed)}
                </p>
              )),
            ])}
          </>
        )}
      </QueryState>
      <p className="no-print">
        <Link to={`/f/${tenant.slug}/ansokningar/rapporter?ar=${firstYear}`}>
          {t('applicationReports.commitments.reportsLink')}
        </Link>
      </p>
    </section>
  );
}
