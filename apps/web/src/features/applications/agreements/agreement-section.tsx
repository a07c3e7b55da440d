import type { ApplicationStatus } from '@samsyn/domain';
import { formatMoney, type Ore } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/query-state.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { useTenantRole } from '../../tenant/use-tenant-role.ts';
import { AgreementActions } from './agreement-actions.tsx';
import type { AgreementView } from './agreement-shared.ts';
import { AgreementYears } from './agreement-years.tsx';
import './agreements.css';
import { PaymentPlan } from './payment-plan.tsx';
import { ReportDeadlines } from './report-deadlines.tsx';

export interface AgreementSectionProps {
  applicationId: string;
  status: ApplicationStatus;
}

/**
 * On the application page of a granted application: the agreement (signed, closed), its
 * commitment per year, payment plan and report deadlines; the final payment waits for the
 * approved final report. Nothing for an application not granted.
 */
export function AgreementSection({ applicationId, status }: AgreementSectionProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const headingId = useId();
  const view = useQuery({
    ...trpc.agreements.forApplication.queryOptions({ tenant: tenant.slug, applicationId }),
    enabled: status === 'granted',
  });
  if (status !== 'granted') return null;
  return (
    <section className="agreement-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('agreements.section.title')}</h2>
      <QueryState
        query={view}
        isEmpty={(data) => data.agreement === null}
        empty={<p>{t('agreements.section.none')}</p>}
      >
        {(data) => <AgreementBody view={data} />}
      </QueryState>
    </section>
  );
}

function AgreementBody({ view }: { view: AgreementView }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const canEdit = useTenantRole('editor');
  const isAdmin = useTenantRole('admin');
  const { agreement, application } = view;
  if (!agreement) return null;
  return (
    <>
      <dl className="agreement-facts">
        <dt>{t('agreements.section.status')}</dt>
        <dd>{t(`applicationLabels.agreementStatus.${agreement.status}`)}</dd>
        <dt>{t('agreements.section.granted')}</dt>
        <dd>{formatMoney((application.grantedAmountOre ?? 0) as Ore)}</dd>
        {agreement.signedDate ? (
          <>
            <dt>{t('agreements.section.signedDate')}</dt>
            <dd>{formatDate(agreement.signedDate)}</dd>
          </>
        ) : null}
        {agreement.closedDate ? (
          <>
            <dt>{t('agreements.section.closedDate')}</dt>
            <dd>{formatDate(agreement.closedDate)}</dd>
          </>
        ) : null}
      </dl>
      {agreement.isDemoEstimate ? <p className="field__hint">{t('agreements.section.estimate')}</p> : null}
      <p className="no-print">
        <Link to={`/f/${tenant.slug}/ansokningar/${application.id}/avtal`}>
          {t('agreements.section.printLink')}
        </Link>
      </p>
      <AgreementActions view={view} canEdit={canEdit} isAdmin={isAdmin} />
      <AgreementYears view={view} canEdit={canEdit} />
      <PaymentPlan view={view} canEdit={canEdit} />
      <ReportDeadlines view={view} canEdit={canEdit} isAdmin={isAdmin} />
    </>
  );
}
