import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format.ts';
import { DocumentLink } from './item-documents.tsx';
import { MeetingLoader } from './meeting-loader.tsx';
import { itemHeading, type MeetingDetail, meetingTimeText } from './meeting-shared.ts';
import { PrintFrame } from './print-frame.tsx';
import './meetings.css';

/** `/f/:slug/moten/:meetingId/kallelse`: the notice of the meeting on A4: when, where, the agenda and its documents. */
export function KallelsePage() {
  return <MeetingLoader>{(meeting) => <Kallelse meeting={meeting} />}</MeetingLoader>;
}

function Kallelse({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const time = meetingTimeText(meeting);
  return (
    <PrintFrame
      meetingId={meeting.id}
      title={t('boardMeetings.print.kallelseTitle')}
      subtitle={`${meeting.bodyName} ${formatDate(meeting.meetingDate)}`}
    >
      <p>{t('boardMeetings.print.kallelseLead', { body: meeting.bodyName })}</p>
      <dl className="meeting-facts">
        <dt>{t('boardMeetings.print.date')}</dt>
        <dd>{formatDate(meeting.meetingDate)}</dd>
        {time ? (
          <>
            <dt>{t('boardMeetings.print.time')}</dt>
            <dd>{time}</dd>
          </>
        ) : null}
        {meeting.place ? (
          <>
            <dt>{t('boardMeetings.print.place')}</dt>
            <dd>{meeting.place}</dd>
          </>
        ) : null}
        {meeting.onlineUrl ? (
          <>
            <dt>{t('boardMeetings.print.online')}</dt>
            <dd>{meeting.onlineUrl}</dd>
          </>
        ) : null}
      </dl>
      <h2>{t('boardMeetings.print.agenda')}</h2>
      <ol className="meeting-print__agenda">
        {meeting.items.map((item) => (
          <li key={item.id}>
            <h3>{itemHeading(item)}</h3>
            {item.description ? <p className="meeting-item__description">{item.description}</p> : null}
            {item.documents.length > 0 ? (
              <>
                <h4>{t('boardMeetings.print.documents')}</h4>
                <ul>
                  {item.documents.map((document) => (
                    <li key={document.id}>
                      <DocumentLink document={document} />
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </PrintFrame>
  );
}
