import { Fragment, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';
import { checkSentence, type FinsamWord, f, type Translate } from './finsam-sheet.ts';
import { type FinsamReport, formatOre } from './shared.tsx';

/**
 * Uppföljning Finsam's check: the interventions' actuals plus the administrative costs against the
 * operating statement's costs for the period. "Stämmer" or the difference in kronor, with where to
 * fix it (Utfall, where intervention funds are allocated to interventions).
 */
export function FinsamCheck({ report }: { report: FinsamReport }) {
  const { t } = useTranslation();
  const slug = useTenantSlug();
  const headingId = useId();
  const tr: Translate = (key, values) => t(key, values);
  const w = (word: FinsamWord, values?: Record<string, string | number>) => tr(f(word), values);
  const { check } = report;
  const rows = [
    ['checkInterventions', check.interventionActual],
    ['checkAdministration', check.administrativeActual],
    ['checkSum', check.sum],
    ['checkTotalCosts', check.totalCosts],
    ['checkDifference', check.difference],
  ] as const;
  return (
    <section className="insatser-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{w('checkTitle')}</h2>
      <p>{w('checkIntro')}</p>
      <dl className="insatser-facts">
        {rows.map(([key, amount]) => (
          <Fragment key={key}>
            <dt>{w(key)}</dt>
            <dd>{formatOre(amount)}</dd>
          </Fragment>
        ))}
      </dl>
      <p className={check.isBalanced ? 'notice notice--success' : 'notice notice--error'}>
        {checkSentence(tr, check, formatOre(Math.abs(check.difference)))}
      </p>
      {check.isBalanced ? null : (
        <p className="no-print">
          {w('checkFix')}{' '}
          <Link to={`/f/${slug}/ekonomi/utfall?ar=${report.period.slice(0, 4)}`}>{w('checkFixLink')}</Link>
        </p>
      )}
    </section>
  );
}
