import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorPage } from '../../../components/error-page.tsx';
import { LoadingStatus } from '../../../components/loading-status.tsx';
import { Notice } from '../../../components/notice.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { formatDate } from '../../../lib/format.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useArrivalNotice } from '../../interventions/use-arrival-notice.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { AttendanceSection } from '../attendance/attendance-section.tsx';
import { BoardSubnav } from '../board-subnav.tsx';
import { AgendaSection } from './agenda-section.tsx';
import { ApproveSection } from './approve-section.tsx';
import { MeetingHeaderSection } from './meeting-header-section.tsx';
import { type MeetingDetail, useCanEditMeetings } from './meeting-shared.ts';
import './meetings.css';

/** `/f/:slug/moten/:meetingId`: one meeting, its agenda, minutes and approval; a wrong id gets "not found". */
export function MeetingPage() {
  const { meetingId = '' } = useParams();
  const trpc = useTRPC();
  const tenant = useTenant();
  const meeting = useQuery(trpc.meetings.get.queryOptions({ tenant: tenant.slug, meetingId }));
  if (meeting.isPending) return <LoadingStatus />;
  if (meeting.isError) return <ErrorPage error={meeting.error} onRetry={() => void meeting.refetch()} />;
  return <MeetingView meeting={meeting.data} />;
}

function MeetingView({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const canEdit = useCanEditMeetings();
  const arrivalNotice = useArrivalNotice();
  const [notice, setNotice] = useState<Message | null>(null);
  const locked = meeting.status === 'approved';
  const isEditable = canEdit && !locked;
  const title = t('boardMeetings.meeting.heading', {
    body: meeting.bodyName,
    date: formatDate(meeting.meetingDate),
  });
  const base = `/f/${tenant.slug}/moten/${meeting.id}`;
  return (
    <article className="meeting-page">
      <PageHeading titleParts={[title, tenant.name]}>{title}</PageHeading>
      <BoardSubnav />
      <Notice message={notice ?? arrivalNotice} />
      {locked ? (
        <p className="notice notice--info">
          {t('boardMeetings.meeting.approvedReadOnly', { date: formatDate(meeting.minutesApprovedOn ?? '') })}
        </p>
      ) : null}
      {canEdit ? null : <p>{t('boardMeetings.meeting.readOnly')}</p>}
      <nav aria-label={t('boardMeetings.meeting.print')} className="meeting-print-links">
        <Link to={`${base}/kallelse`}>{t('boardMeetings.meeting.kallelse')}</Link>
        <Link to={`${base}/protokoll`}>{t('boardMeetings.meeting.protokoll')}</Link>
      </nav>
      <MeetingHeaderSection meeting={meeting} isEditable={isEditable} onNotice={setNotice} />
      <AttendanceSection meetingId={meeting.id} locked={!isEditable} />
      <AgendaSection meeting={meeting} isEditable={isEditable} onNotice={setNotice} />
      <ApproveSection meeting={meeting} onNotice={setNotice} />
    </article>
  );
}
