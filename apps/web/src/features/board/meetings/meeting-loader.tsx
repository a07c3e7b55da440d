import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { ErrorPage } from '../../../components/error-page.tsx';
import { LoadingStatus } from '../../../components/loading-status.tsx';
import { useTRPC } from '../../../lib/trpc.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import type { MeetingDetail } from './meeting-shared.ts';

/**
 * The meeting named by the route's `:meetingId`, for the meeting page and its two print pages: while
 * it loads a status, a wrong id or a failure the error page (its "not found"), else the page itself.
 */
export function MeetingLoader({ children }: { children: (meeting: MeetingDetail) => ReactNode }) {
  const { meetingId = '' } = useParams();
  const trpc = useTRPC();
  const tenant = useTenant();
  const meeting = useQuery(trpc.meetings.get.queryOptions({ tenant: tenant.slug, meetingId }));
  if (meeting.isPending) return <LoadingStatus />;
  if (meeting.isError) return <ErrorPage error={meeting.error} onRetry={() => void meeting.refetch()} />;
  return children(meeting.data);
}
