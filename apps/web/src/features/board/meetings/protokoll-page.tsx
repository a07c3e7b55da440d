import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LoadingStatus } from '../../../components/loading-status.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { MeetingLoader } from './meeting-loader.tsx';
import { itemHeading, type MeetingDetail } from './meeting-shared.ts';
import { PrintFrame } from './print-frame.tsx';
import { protocolAttendance, seatName } from './protocol-attendance.ts';
import './meetings.css';

/**
 * `/f/:slug/moten/:meetingId/protokoll`: the minutes on A4: attendance (present, substitutes
 * serving for whom, absent), each § with its minutes, the jäv declared and the decision, and the
 * signature lines. Attendance and decisions come from their own readers; while one cannot be read,
 * its part is left out rather than the whole protocol.
 */
export function ProtokollPage() {
  return <MeetingLoader>{(meeting) => <Protokoll meeting={meeting} />}</MeetingLoader>;
}

function Protokoll({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const input = { tenant: tenant.slug, meetingId: meeting.id };
  const attendance = useQuery(trpc.meetingAttendance.get.queryOptions(input));
  const decisions = useQuery(trpc.decisions.forMeeting.queryOptions(input));
  if (attendance.isPending || decisions.isPending) return <LoadingStatus />;
  const people = attendance.data ? protocolAttendance(attendance.data.seats, attendance.data.rows) : null;
  const conflictsOf = (itemId: string) =>
    attendance.data?.items.find((entry) => entry.itemId === itemId)?.conflicts ?? [];
  const decisionOf = (itemId: string) => decisions.data?.find((decision) => decision.itemId === itemId);
  const chair = meeting.signatories.filter((signatory) => signatory.signs === 'chair');
  const adjusters = meeting.signatories.filter((signatory) => signatory.signs === 'adjuster');
  return (
    <PrintFrame
      meetingId={meeting.id}
      title={t('boardMeetings.print.protokollTitle')}
      subtitle={`${meeting.bodyName} ${formatDate(meeting.meetingDate)}${meeting.place ? `, ${meeting.place}` : ''}`}
    >
      {meeting.status === 'approved' ? null : (
        <p className="meeting-print__draft">{t('boardMeetings.print.preliminary')}</p>
      )}
      {people ? (
        <section aria-labelledby="protocol-attendance">
          <h2 id="protocol-attendance">{t('boardMeetings.print.attendance')}</h2>
          {people.present.length + people.serving.length + people.others.length + people.absent.length ===
          0 ? (
            <p>{t('boardMeetings.print.noAttendance')}</p>
          ) : (
            <dl className="meeting-facts">
              <dt>{t('boardMeetings.print.present')}</dt>
              <dd>{people.present.join(', ')}</dd>
              {people.serving.length > 0 ? (
                <>
                  <dt>{t('boardMeetings.print.serving')}</dt>
                  <dd>
                    {people.serving
                      .map((entry) =>
                        t('boardMeetings.print.servingFor', { name: entry.name, for: entry.servingFor }),
                      )
                      .join(', ')}
                  </dd>
                </>
              ) : null}
              {people.others.length > 0 ? (
                <>
                  <dt>{t('boardMeetings.print.others')}</dt>
                  <dd>{people.others.join(', ')}</dd>
                </>
              ) : null}
              {people.absent.length > 0 ? (
                <>
                  <dt>{t('boardMeetings.print.absent')}</dt>
                  <dd>{people.absent.join(', ')}</dd>
                </>
              ) : null}
            </dl>
          )}
        </section>
      ) : null}
      {meeting.items.map((item) => {
        const decision = decisionOf(item.id);
        return (
          <section key={item.id} className="meeting-print__paragraph" aria-labelledby={`protocol-${item.id}`}>
            <h2 id={`protocol-${item.id}`}>{itemHeading(item)}</h2>
            {item.minutes ? <p className="meeting-item__minutes">{item.minutes}</p> : null}
            {conflictsOf(item.id).map((conflict) => (
              <p key={conflict.seatId}>{t('boardMeetings.print.conflict', { name: seatName(conflict) })}</p>
            ))}
            {decision ? (
              <>
                <h3>{t('boardMeetings.print.decision')}</h3>
                <p className="meeting-item__minutes">{decision.text}</p>
              </>
            ) : null}
          </section>
        );
      })}
      <section aria-labelledby="protocol-signatures" className="meeting-print__signatures">
        <h2 id="protocol-signatures">{t('boardMeetings.print.signatures')}</h2>
        {meeting.minutesApprovedOn ? (
          <p>{t('boardMeetings.print.approvedOn', { date: formatDate(meeting.minutesApprovedOn) })}</p>
        ) : null}
        <SignatureLine role={t('boardMeetings.print.chair')} name={chair[0] ? seatName(chair[0]) : ''} />
        {adjusters.length > 0 ? (
          adjusters.map((adjuster) => (
            <SignatureLine
              key={adjuster.seatId}
              role={t('boardMeetings.print.adjuster')}
              name={seatName(adjuster)}
            />
          ))
        ) : (
          <SignatureLine role={t('boardMeetings.print.adjuster')} name="" />
        )}
        <SignatureLine role={t('boardMeetings.print.secretary')} name={meeting.secretary} />
      </section>
    </PrintFrame>
  );
}

function SignatureLine({ role, name }: { role: string; name: string }) {
  return (
    <div className="meeting-print__signature">
      <div className="meeting-print__line" />
      <p>
        {role}
        {name ? `: ${name}` : ''}
      </p>
    </div>
  );
}
