import type { TransactionSql } from '@samsyn/db';
import { type BodyKind, DomainError, memberKinds, type QuorumRule, seatRoles } from '@samsyn/domain';
import type { HeldSeat } from './read-seats-on.ts';

/** A body (organ) as the organisation page lists it. */
export interface BodyRecord {
  id: string;
  kind: BodyKind;
  name: string;
  description: string;
  position: number;
  quorumRule: QuorumRule;
  quorumCount: number | null;
  /** In öre; fits a number (at most 10 000 000 000, migration 0024). */
  meetingFeeOre: number;
  feeLineCode: string | null;
  version: number;
  meetingCount: number;
}

export async function selectBodies(tx: TransactionSql, tenantId: string): Promise<BodyRecord[]> {
  return tx<BodyRecord[]>`
    select b.id, b.kind, b.name, b.description, b.position, b.quorum_rule as "quorumRule",
      b.quorum_count as "quorumCount", b.meeting_fee_ore::float8 as "meetingFeeOre",
      b.fee_line_code as "feeLineCode", b.version,
      (select count(*)::int from board_meetings m where m.tenant_id = b.tenant_id and m.body_id = b.id) as "meetingCount"
    from board_bodies b where b.tenant_id = ${tenantId}
    order by b.position, b.name`;
}

/** A seat with its person and whom it represents: the list and history rows. */
export interface SeatRecord extends HeldSeat {
  note: string;
  position: number;
  version: number;
  attendanceCount: number;
}

/** The seats of the förbund (of one body), those covering `on` or all of them. */
export async function selectSeats(
  tx: TransactionSql,
  tenantId: string,
  filter: { bodyId: string | null; on: string | null },
): Promise<SeatRecord[]> {
  return tx<SeatRecord[]>`
    select s.id as "seatId", s.body_id as "bodyId", p.id as "personId", p.name as "personName", p.party,
      s.role, s.title, m.id as "memberId", m.name as "memberName", m.kind as "memberKind",
      s.member_group as "memberGroup", s.substitute_order as "substituteOrder",
      s.from_date::text as "fromDate", s.to_date::text as "toDate", s.note, s.position, s.version,
      (select count(*)::int from board_attendance a
        where a.tenant_id = s.tenant_id and (a.seat_id = s.id or a.serving_for_seat_id = s.id)) as "attendanceCount"
    from board_seats s
    join board_bodies b on b.tenant_id = s.tenant_id and b.id = s.body_id
    join board_people p on p.tenant_id = s.tenant_id and p.id = s.person_id
    left join members m on m.tenant_id = s.tenant_id and m.id = s.member_id
    where s.tenant_id = ${tenantId}
      and (${filter.bodyId}::uuid is null or s.body_id = ${filter.bodyId}::uuid)
      and (${filter.on}::date is null
        or (s.from_date <= ${filter.on}::date and (s.to_date is null or s.to_date >= ${filter.on}::date)))
    order by b.position, b.name, array_position(${seatRoles}::text[], s.role), s.position,
      s.substitute_order nulls last, array_position(${memberKinds}::text[], m.kind), m.name, p.name,
      s.from_date desc`;
}

type Table = 'board_bodies' | 'board_people' | 'board_seats' | 'board_seat_rules';
const entityOf: Record<Table, string> = {
  board_bodies: 'boardBody',
  board_people: 'boardPerson',
  board_seats: 'boardSeat',
  board_seat_rules: 'boardSeatRule',
};

/**
 * Locks a row of the förbund's organisation for an edit and checks the editor's version:
 * NOT_FOUND when it is not this förbund's, CONFLICT (`conflict.stale`) when someone saved since.
 * Returns the row as JSON (dates as text, without tenant and timestamps), for the audit's `before`.
 */
export async function lockRow(
  tx: TransactionSql,
  table: Table,
  tenantId: string,
  id: string,
  expectedVersion: number | null,
): Promise<Record<string, unknown>> {
  const [row] = await tx<{ version: number; data: Record<string, unknown> }[]>`
    select t.version, to_jsonb(t) - 'tenant_id' - 'created_at' - 'updated_at' as data
    from ${tx(table)} t where t.tenant_id = ${tenantId} and t.id = ${id} for update`;
  if (!row) throw new DomainError('NOT_FOUND', 'notFound', { entity: entityOf[table] });
  if (expectedVersion !== null && row.version !== expectedVersion)
    throw new DomainError('CONFLICT', 'conflict.stale', { entity: entityOf[table] });
  return row.data;
}
