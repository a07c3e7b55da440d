import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Notice } from '../../../components/notice.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { formatDate } from '../../../lib/format.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useArrivalNotice } from '../../interventions/use-arrival-notice.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { AttendanceSection } from '../attendance/attendance-section.tsx';
import { BoardSubnav } from '../board-subnav.tsx';
import { AgendaSection } from './agenda-section.tsx';
import { ApproveSection } from './approve-section.tsx';
import { MeetingHeaderSection } from './meeting-header-section.tsx';
import { MeetingLoader } from './meeting-loader.tsx';
import { type MeetingDetail, useCanEditMeetings } from './meeting-shared.ts';
import './meetings.css';

/** `/f/:slug/moten/:meetingId`: one meeting, its agenda, minutes and approval; a wrong id gets "not found". */
export function MeetingPage() {
  return <MeetingLoader>{(meeting) => <MeetingView meeting={meeting} />}</MeetingLoader>;
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
