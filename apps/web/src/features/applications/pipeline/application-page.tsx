import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LoadingStatus } from '../../../components/loading-status.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { useTRPC } from '../../../lib/trpc.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { AgreementSection } from '../agreements/agreement-section.tsx';
import { ApplicationsSubnav } from '../applications-subnav.tsx';
import { DecisionSection } from '../decision/decision-section.tsx';
import { ReviewSection } from '../review/review-section.tsx';
import { ApplicationLoadError } from './application-not-found.tsx';
import { type ApplicationDetail, useSlug } from './shared.ts';

/** `/f/:slug/ansokningar/:applicationId`: one application, its status and history, and the review, decision and agreement sections. */
export function ApplicationPage() {
  const { applicationId = '' } = useParams();
  const trpc = useTRPC();
  const slug = useSlug();
  const detail = useQuery(trpc.applications.get.queryOptions({ tenant: slug, applicationId }));
  if (detail.isPending) return <LoadingStatus />;
  if (detail.isError)
    return <ApplicationLoadError error={detail.error} onRetry={() => void detail.refetch()} />;
  return <ApplicationView detail={detail.data} />;
}

function ApplicationView({ detail }: { detail: ApplicationDetail }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { application } = detail;
  return (
    <>
      <PageHeading titleParts={[application.title, tenant.name]}>{application.title}</PageHeading>
      <ApplicationsSubnav />
      <p>
        {t('applicationPipeline.detail.status')}:{' '}
        <strong>{t(`applicationLabels.status.${application.status}`)}</strong>
      </p>
      <ReviewSection applicationId={application.id} status={application.status} />
      <DecisionSection applicationId={application.id} status={application.status} />
      <AgreementSection applicationId={application.id} status={application.status} />
    </>
  );
}
