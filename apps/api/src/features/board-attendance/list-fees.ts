import {
  type FeeRow,
  feeDifference,
  memberKinds,
  type Ore,
  oreFromDb,
  type SeatRole,
  seatRoles,
  sumFees,
} from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { type BodyFees, readFees } from './read-fees.ts';

/** One seat's fees over the period: the meetings its holder took part in, and what they were paid. */
export interface SeatFeesView {
  seatId: string;
  personName: string;
  party: string;
  role: SeatRole;
  memberName: string | null;
  meetings: number;
  feeOre: Ore;
}

export interface BodyFeesView extends BodyFees {
  seats: SeatFeesView[];
  /** Booked minus recorded; null when the body names no fee line. */
  differenceOre: Ore | null;
}

export interface FeesPage {
  from: string;
  to: string;
  bodies: BodyFeesView[];
  totalOre: Ore;
}

/**
 * The fees page (`/organisation/arvoden`): per body and per seat over `from`–`to`, the total, and
 * each body's fees beside the actuals booked on its fee line; seats in the order `readSeatsOn`
 * gives. Bodies without meetings or fees in the period are left out. Viewers.
 */
export async function listFees(
  ctx: TenantCtx,
  { from, to }: { from: string; to: string },
): Promise<FeesPage> {
  const { tx, tenant } = ctx;
  const [fees, rows] = await Promise.all([
    readFees(ctx, { from, to }),
    tx<(Omit<FeeRow, 'feeOre'> & Omit<SeatFeesView, 'meetings' | 'feeOre'> & { fee: string })[]>`
      select m.body_id as "bodyId", a.seat_id as "seatId", a.meeting_id as "meetingId",
        a.status <> 'absent' as attended, a.fee_ore::text as fee,
        p.name as "personName", p.party, s.role,
        coalesce(mb.name, case s.member_group when 'municipalities' then 'Kommunerna' when 'state' then 'Staten' end)
          as "memberName"
      from board_attendance a
      join board_meetings m on m.tenant_id = a.tenant_id and m.id = a.meeting_id
      join board_seats s on s.tenant_id = a.tenant_id and s.id = a.seat_id
      join board_people p on p.tenant_id = s.tenant_id and p.id = s.person_id
      left join members mb on mb.tenant_id = s.tenant_id and mb.id = s.member_id
      where a.tenant_id = ${tenant.id} and m.meeting_date between ${from} and ${to}
      order by m.body_id, array_position(${seatRoles}::text[], s.role), s.position, s.substitute_order nulls last,
        array_position(${memberKinds}::text[], mb.kind), mb.name, p.name`,
  ]);
  const sums = sumFees(rows.map((row) => ({ ...row, feeOre: oreFromDb(row.fee) })));
  const seatInfo = new Map(rows.map((row) => [`${row.bodyId}/${row.seatId}`, row]));
  const bodies = fees.bodies
    .filter((body) => body.meetings > 0 || body.feeOre > 0)
    .map((body) => ({
      ...body,
      differenceOre: feeDifference(body.feeOre, body.bookedOre),
      seats: sums.seats
        .filter((seat) => seat.bodyId === body.bodyId)
        .flatMap((seat) => {
          const info = seatInfo.get(`${seat.bodyId}/${seat.seatId}`);
          if (!info) return [];
          const { personName, party, role, memberName } = info;
          return [
            {
              seatId: seat.seatId,
              personName,
              party,
              role,
              memberName,
              meetings: seat.meetings,
              feeOre: seat.feeOre,
            },
          ];
        }),
    }));
  return { from, to, bodies, totalOre: fees.totalOre };
}
