import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FilterSelect } from '../../../components/filter-field.tsx';
import { Notice } from '../../../components/notice.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useArrivalNotice } from '../../interventions/use-arrival-notice.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { BoardSubnav } from '../board-subnav.tsx';
import {
  type MeetingSummary,
  meetingsByYear,
  meetingTimeText,
  useCanEditMeetings,
} from './meeting-shared.ts';
import { NewMeetingForm } from './new-meeting-form.tsx';
import './meetings.css';

/** `/f/:slug/moten`: the förbund's meetings by year, filtered by year and body; editors plan new ones. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const canEdit = useCanEditMeetings();
  const arrivalNotice = useArrivalNotice();
  const [year, setYear] = useState('');
  const [bodyId, setBodyId] = useState('');
  const [isCreating, setIsCreating] = useState(false);
  const list = useQuery(
    trpc.meetings.list.queryOptions({
      tenant: tenant.slug,
      ...(year ? { year: Number(year) } : {}),
      ...(bodyId ? { bodyId } : {}),
    }),
  );
  const bodies = list.data?.bodies ?? [];
  return (
    <>
      <PageHeading titleParts={[t('boardMeetings.title'), tenant.name]}>
        {t('boardMeetings.title')}
      </PageHeading>
      <BoardSubnav />
      <Notice message={arrivalNotice} />
      <p>{t('boardMeetings.list.intro')}</p>
      {canEdit && !isCreating && bodies.length > 0 ? (
        <p>
          <button type="button" className="button button--primary" onClick={() => setIsCreating(true)}>
            {t('boardMeetings.list.newMeeting')}
          </button>
        </p>
      ) : null}
      {isCreating ? <NewMeetingForm bodies={bodies} onCancel={() => setIsCreating(false)} /> : null}
      <div className="meetings-filters">
        <FilterSelect
          label={t('boardMeetings.list.year')}
          value={year}
          onChange={setYear}
          choices={[
            { value: '', label: t('boardMeetings.list.allYears') },
            ...(list.data?.years ?? []).map((value) => ({ value: String(value), label: String(value) })),
          ]}
        />
        <FilterSelect
          label={t('boardMeetings.list.body')}
          value={bodyId}
          onChange={setBodyId}
          choices={[
            { value: '', label: t('boardMeetings.list.allBodies') },
            ...bodies.map((body) => ({ value: body.id, label: body.name })),
          ]}
        />
      </div>
      <QueryState
        query={list}
        isEmpty={(data) => data.meetings.length === 0}
        empty={
          <div className="empty-state">
            <p>
              {bodies.length === 0 && list.data
                ? t('boardMeetings.list.noBodies')
                : t('boardMeetings.list.empty')}
            </p>
            {canEdit && bodies.length > 0 ? <p>{t('boardMeetings.list.emptyEditor')}</p> : null}
          </div>
        }
      >
        {(data) =>
          meetingsByYear(data.meetings).map((group) => (
            <MeetingTable key={group.year} year={group.year} meetings={group.meetings} />
          ))
        }
      </QueryState>
    </>
  );
}

function MeetingTable({ year, meetings }: { year: string; meetings: MeetingSummary[] }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  return (
    <section aria-labelledby={`meetings-${year}`}>
      <h2 id={`meetings-${year}`}>{year}</h2>
      <ScrollRegion label={t('boardMeetings.list.caption', { year })}>
        <table className="meetings-table">
          <caption className="visually-hidden">{t('boardMeetings.list.caption', { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('boardMeetings.list.date')}</th>
              <th scope="col">{t('boardMeetings.list.body')}</th>
              <th scope="col">{t('boardMeetings.list.time')}</th>
              <th scope="col">{t('boardMeetings.list.place')}</th>
              <th scope="col">{t('boardMeetings.list.status')}</th>
              <th scope="col" className="meetings-table__number">
                {t('boardMeetings.list.items')}
              </th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((meeting) => (
              <tr key={meeting.id}>
                <th scope="row">
                  <Link to={`/f/${tenant.slug}/moten/${meeting.id}`}>{formatDate(meeting.meetingDate)}</Link>
                </th>
                <td>{meeting.bodyName}</td>
                <td>{meetingTimeText(meeting) ?? ''}</td>
                <td>{meeting.place}</td>
                <td>{t(`boardMeetings.status.${meeting.status}`)}</td>
                <td className="meetings-table__number">{meeting.itemCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
