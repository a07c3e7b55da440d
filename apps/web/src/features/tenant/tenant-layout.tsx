import { useQuery } from '@tanstack/react-query';
import { Outlet, useParams } from 'react-router';
import { ErrorPage } from '../../components/error-page.tsx';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { hasErrorCode } from '../../lib/api-error.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { NoAccessPage } from './no-access-page.tsx';

/**
 * `/f/:slug/*`: loads the förbund named in the URL and hands it to the page below. The API gives
 * the same answer for someone else's förbund and an unknown slug (FORBIDDEN), and a malformed
 * slug is just another unknown one, so all three show the no-access page.
 */
export function TenantLayout() {
  const { slug = '' } = useParams();
  const trpc = useTRPC();
  const tenant = useQuery(trpc.tenant.get.queryOptions({ tenant: slug }));

  if (tenant.isPending) return <LoadingStatus />;
  if (tenant.isError) {
    if (hasErrorCode(tenant.error, 'FORBIDDEN') || hasErrorCode(tenant.error, 'BAD_REQUEST')) {
      return <NoAccessPage />;
    }
    return <ErrorPage error={tenant.error} onRetry={() => void tenant.refetch()} />;
  }
  return <Outlet context={tenant.data} />;
}
