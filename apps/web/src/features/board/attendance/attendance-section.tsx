import type { AppRouter } from '@samsyn/api';
import { formatMoney, type Ore } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import type { TFunction } from 'i18next';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/notice.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { useTenantRole } from '../../tenant/use-tenant-role.ts';
import { quorumMessage } from './attendance-form.ts';
import { AttendanceForm } from './attendance-form.tsx';
import { seatName, seatRepresents } from './seat-name.ts';
import './attendance.css';

export type AttendanceView = inferRouterOutputs<AppRouter>['meetingAttendance']['get'];

/**
 * A meeting's attendance, quorum and fees on the meeting page: a table of the body's seats on the
 * meeting's date that editors fill in (status, substitute serving for whom, fee) with the quorum
 * line following every change; read-only for viewers and once the minutes are approved (`locked`).
 */
export function AttendanceSection({ meetingId, locked }: { meetingId: string; locked: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const canEdit = useTenantRole('editor');
  const headingId = useId();
  const [notice, setNotice] = useState<Message | null>(null);
  const query = useQuery(trpc.meetingAttendance.get.queryOptions({ tenant: tenant.slug, meetingId }));
  return (
    <section className="attendance-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('boardAttendance.section.heading')}</h2>
      <Notice message={notice} />
      <QueryState
        query={query}
        isEmpty={(data) => data.seats.length === 0}
        empty={<p>{t('boardAttendance.section.noSeats')}</p>}
      >
        {(data) =>
          canEdit && !locked && !data.locked ? (
            <AttendanceForm
              key={`${data.meeting.id}-${data.meeting.version}`}
              data={data}
              onSaved={(quorum) => setNotice({ key: 'boardAttendance.section.saved', values: { quorum } })}
            />
          ) : (
            <AttendanceTable data={data} />
          )
        }
      </QueryState>
    </section>
  );
}

/** "Ledamot, Region Gävleborg": the role and whom the seat represents. */
export function roleText(t: TFunction, seat: AttendanceView['seats'][number]): string {
  const role = t(`boardAttendance.roles.${seat.role}`);
  const member = seatRepresents(t, seat);
  return member ? t('boardAttendance.roleFor', { role, member }) : role;
}

/** The saved attendance as a plain table: for viewers, and for approved minutes. */
function AttendanceTable({ data }: { data: AttendanceView }) {
  const { t } = useTranslation();
  const rowOf = new Map(data.rows.map((row) => [row.seatId, row]));
  const nameOf = new Map(data.seats.map((seat) => [seat.seatId, seat.personName]));
  const quorum = quorumMessage(data.quorum);
  if (data.rows.length === 0) return <p>{t('boardAttendance.section.notRecorded')}</p>;
  return (
    <>
      <p className="attendance-quorum">{t(quorum.key, quorum.values)}</p>
      <AttendanceTableFrame feeIsAmount>
        <tbody>
          {data.seats.map((seat) => {
            const row = rowOf.get(seat.seatId);
            const status = row?.status ?? 'absent';
            return (
              <tr key={seat.seatId}>
                <th scope="row">{seatName(seat)}</th>
                <td>{roleText(t, seat)}</td>
                <td>
                  {status === 'serving'
                    ? t('boardAttendance.status.serving', {
                        name: nameOf.get(row?.servingForSeatId ?? '') ?? '',
                      })
                    : t(`boardAttendance.status.${status}`)}
                </td>
                <td className="data-table__number">
                  {row && row.feeOre > 0 ? formatMoney(row.feeOre as Ore) : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {t('boardAttendance.section.total')}
            </th>
            <td className="data-table__number">
              {formatMoney(data.rows.reduce((sum, row) => sum + row.feeOre, 0) as Ore)}
            </td>
          </tr>
        </tfoot>
      </AttendanceTableFrame>
    </>
  );
}

/**
 * The attendance table's caption and columns, the same in the form and in the saved table. The fee
 * column is right-aligned where it shows amounts; in the form its cells are inputs.
 */
export function AttendanceTableFrame({
  feeIsAmount,
  children,
}: {
  feeIsAmount: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <ScrollRegion label={t('boardAttendance.section.caption')}>
      <table className="data-table attendance-table">
        <caption className="visually-hidden">{t('boardAttendance.section.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('boardAttendance.section.name')}</th>
            <th scope="col">{t('boardAttendance.section.role')}</th>
            <th scope="col">{t('boardAttendance.section.status')}</th>
            <th scope="col" className={feeIsAmount ? 'data-table__number' : undefined}>
              {t('boardAttendance.section.fee')}
            </th>
          </tr>
        </thead>
        {children}
      </table>
    </ScrollRegion>
  );
}
