import {
  type BodyKind,
  type MemberGroup,
  type MemberKind,
  memberKinds,
  type SeatRole,
  seatRoles,
} from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';

/** A seat with its person and whom it represents: what every reader of seats returns. */
export interface HeldSeat {
  seatId: string;
  bodyId: string;
  personId: string;
  personName: string;
  party: string;
  role: SeatRole;
  title: string;
  memberId: string | null;
  memberName: string | null;
  memberKind: MemberKind | null;
  memberGroup: MemberGroup | null;
  substituteOrder: number | null;
  fromDate: string;
  toDate: string | null;
}

/** One seat held on a date, with its body. */
export interface SeatOnDate extends HeldSeat {
  bodyKind: BodyKind;
  bodyName: string;
}

/**
 * "Who sat in the förbund's bodies on this date" — the seats whose term covers `date` (from and to
 * inclusive), of one body or all. Ordered by body position, then role (chair, vice chair, member,
 * substitute, …), then the seat's position, substitute order and name. The shared reader of issue
 * 21: attendance, fees and "Styrelsens arbete" build on it. Viewers.
 */
export async function readSeatsOn(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { date: string; bodyId?: string },
): Promise<SeatOnDate[]> {
  const bodyId = input.bodyId ?? null;
  return tx<SeatOnDate[]>`
    select s.id as "seatId", b.id as "bodyId", b.kind as "bodyKind", b.name as "bodyName",
      p.id as "personId", p.name as "personName", p.party, s.role, s.title,
      m.id as "memberId", m.name as "memberName", m.kind as "memberKind", s.member_group as "memberGroup",
      s.substitute_order as "substituteOrder", s.from_date::text as "fromDate", s.to_date::text as "toDate"
    from board_seats s
    join board_bodies b on b.tenant_id = s.tenant_id and b.id = s.body_id
    join board_people p on p.tenant_id = s.tenant_id and p.id = s.person_id
    left join members m on m.tenant_id = s.tenant_id and m.id = s.member_id
    where s.tenant_id = ${tenantId}
      and s.from_date <= ${input.date}::date and (s.to_date is null or s.to_date >= ${input.date}::date)
      and (${bodyId}::uuid is null or s.body_id = ${bodyId}::uuid)
    order by b.position, b.name, array_position(${seatRoles}::text[], s.role),
      s.position, s.substitute_order nulls last,
      array_position(${memberKinds}::text[], m.kind), m.name, p.name`;
}
