import { formatMoney, type Ore } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadingStatus } from '../../../components/loading-status.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { ApplicationLoadError } from '../pipeline/application-not-found.tsx';
import type { AgreementView } from './agreement-shared.ts';
import './agreements.css';

/**
 * `/f/:slug/ansokningar/:applicationId/avtal`: the funding agreement's terms on A4 — parties, grant,
 * commitment per year, payment plan, report deadlines and the conditions (the final report before
 * the final payment), with lines to sign. "Not found" for a wrong address.
 */
export function AgreementPage() {
  const { applicationId = '' } = useParams();
  const trpc = useTRPC();
  const tenant = useTenant();
  const view = useQuery(trpc.agreements.forApplication.queryOptions({ tenant: tenant.slug, applicationId }));
  if (view.isPending) return <LoadingStatus />;
  if (view.isError) return <ApplicationLoadError error={view.error} onRetry={() => void view.refetch()} />;
  return <AgreementPrint view={view.data} />;
}

function AgreementPrint({ view }: { view: AgreementView }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { application, agreement } = view;
  const money = (amount: number) => formatMoney(amount as Ore);
  const period = [application.startDate, application.endDate]
    .map((date) => (date ? formatDate(date) : '…'))
    .join(' – ');
  return (
    <article className="agreement-print">
      <div className="button-row no-print">
        <Link to={`/f/${tenant.slug}/ansokningar/${application.id}`}>{t('agreements.print.back')}</Link>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('agreements.print.print')}
        </button>
      </div>
      <p>{tenant.name}</p>
      <PageHeading titleParts={[t('agreements.print.title'), application.title, tenant.name]}>
        {t('agreements.print.title')}
      </PageHeading>
      <p>{t('agreements.print.intro', { forbund: tenant.name })}</p>
      <dl className="agreement-facts">
        <dt>{t('agreements.print.application')}</dt>
        <dd>{application.title}</dd>
        <dt>{t('agreements.print.lead')}</dt>
        <dd>{application.leadName ?? '–'}</dd>
        <dt>{t('agreements.print.parties')}</dt>
        <dd>{application.partyNames.length > 0 ? application.partyNames.join(', ') : '–'}</dd>
        <dt>{t('agreements.print.granted')}</dt>
        <dd>{application.grantedAmountOre === null ? '–' : money(application.grantedAmountOre)}</dd>
        <dt>{t('agreements.print.decided')}</dt>
        <dd>{application.decidedDate ? formatDate(application.decidedDate) : '–'}</dd>
        <dt>{t('agreements.print.period')}</dt>
        <dd>{period}</dd>
      </dl>
      {agreement ? (
        <>
          <h2>{t('agreements.years.heading')}</h2>
          <ul>
            {agreement.years.map((row) => (
              <li key={row.year}>
                {row.year}: {money(row.amountOre)}
              </li>
            ))}
          </ul>
          <h2>{t('agreements.payments.heading')}</h2>
          {view.payments.length === 0 ? (
            <p>{t('agreements.payments.empty')}</p>
          ) : (
            <ul>
              {view.payments.map((payment) => (
                <li key={payment.id}>
                  {t(`applicationLabels.paymentKind.${payment.kind}`)}: {money(payment.amountOre)},{' '}
                  {formatDate(payment.dueDate)}
                </li>
              ))}
            </ul>
          )}
          <h2>{t('agreements.reports.heading')}</h2>
          {view.reports.length === 0 ? (
            <p>{t('agreements.reports.empty')}</p>
          ) : (
            <ul>
              {view.reports.map((report) => (
                <li key={report.id}>
                  {t(`applicationLabels.reportKind.${report.kind}`)}: {formatDate(report.dueDate)}
                </li>
              ))}
            </ul>
          )}
          <h2>{t('agreements.print.conditions')}</h2>
          <ol>
            <li>{t('agreements.print.conditionUse')}</li>
            <li>{t('agreements.print.conditionReports')}</li>
            <li>{t('agreements.print.conditionFinal')}</li>
          </ol>
          {agreement.note ? <p>{agreement.note}</p> : null}
          <h2>{t('agreements.print.signatures')}</h2>
          <div className="agreement-signatures">
            <p>{t('agreements.print.forForbund', { forbund: tenant.name })}</p>
            <p>
              {t('agreements.print.forLead')}
              {application.leadName ? `: ${application.leadName}` : ''}
            </p>
          </div>
        </>
      ) : (
        <p>{t('agreements.print.noAgreement')}</p>
      )}
    </article>
  );
}
