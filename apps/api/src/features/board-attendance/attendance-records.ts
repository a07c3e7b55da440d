import type { TransactionSql } from '@samsyn/db';
import {
  type AttendanceStatus,
  type ConcernedParties,
  DomainError,
  type MeetingStatus,
  type MemberKind,
  type Ore,
  oreFromDb,
  type QuorumRuleOf,
} from '@samsyn/domain';

/** A meeting with what attendance needs of its body: the quorum rule and the default fee. */
export interface AttendanceMeeting {
  id: string;
  bodyId: string;
  bodyName: string;
  meetingDate: string;
  status: MeetingStatus;
  version: number;
  quorumRule: QuorumRuleOf;
  /** The body's meeting fee, offered for those present. */
  defaultFeeOre: Ore;
}

/** The meeting (NOT_FOUND when the förbund has none such); `forUpdate` locks its row for a write. */
export async function attendanceMeeting(
  tx: TransactionSql,
  tenantId: string,
  meetingId: string,
  { forUpdate }: { forUpdate: boolean } = { forUpdate: false },
): Promise<AttendanceMeeting> {
  const [row] = await tx<
    (Omit<AttendanceMeeting, 'quorumRule' | 'defaultFeeOre'> & {
      rule: QuorumRuleOf['rule'];
      count: number | null;
      fee: string;
    })[]
  >`
    select m.id, m.body_id as "bodyId", b.name as "bodyName", m.meeting_date::text as "meetingDate",
      m.status, m.version, b.quorum_rule as rule, b.quorum_count as count, b.meeting_fee_ore::text as fee
    from board_meetings m join board_bodies b on b.tenant_id = m.tenant_id and b.id = m.body_id
    where m.tenant_id = ${tenantId} and m.id = ${meetingId}
    ${forUpdate ? tx`for update of m` : tx``}`;
  if (!row) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'boardMeeting' });
  const { rule, count, fee, ...meeting } = row;
  return { ...meeting, quorumRule: { rule, count }, defaultFeeOre: oreFromDb(fee) };
}

/** Approved minutes are the record: every verb refuses first, with the reason (the trigger is the backstop). */
export function refuseIfApproved(status: MeetingStatus): void {
  if (status === 'approved') throw new DomainError('CONFLICT', 'board.minutesApproved');
}

/** One seat's saved attendance at a meeting. */
export interface AttendanceRecord {
  seatId: string;
  status: AttendanceStatus;
  servingForSeatId: string | null;
  feeOre: Ore;
}

export async function attendanceRows(
  tx: TransactionSql,
  tenantId: string,
  meetingId: string,
): Promise<AttendanceRecord[]> {
  const rows = await tx<(Omit<AttendanceRecord, 'feeOre'> & { fee: string })[]>`
    select seat_id as "seatId", status, serving_for_seat_id as "servingForSeatId", fee_ore::text as fee
    from board_attendance where tenant_id = ${tenantId} and meeting_id = ${meetingId}`;
  return rows.map(({ fee, ...row }) => ({ ...row, feeOre: oreFromDb(fee) }));
}

/** A declared jäv with the seat holder's name, as the item's section and the minutes show it. */
export interface DeclaredConflict {
  itemId: string;
  seatId: string;
  personName: string;
  party: string;
  role: string;
  memberName: string | null;
  reason: string;
  declaredAt: string;
}

/** The declared jäv of the given items, in the order declared. */
export async function declaredConflicts(
  tx: TransactionSql,
  tenantId: string,
  itemIds: readonly string[],
): Promise<DeclaredConflict[]> {
  if (itemIds.length === 0) return [];
  return tx<DeclaredConflict[]>`
    select c.item_id as "itemId", c.seat_id as "seatId", p.name as "personName", p.party, s.role,
      coalesce(mb.name, case s.member_group when 'municipalities' then 'Kommunerna' when 'state' then 'Staten' end)
        as "memberName",
      c.reason, to_char(c.declared_at at time zone 'Europe/Stockholm', 'YYYY-MM-DD"T"HH24:MI') as "declaredAt"
    from board_conflicts c
    join board_seats s on s.tenant_id = c.tenant_id and s.id = c.seat_id
    join board_people p on p.tenant_id = s.tenant_id and p.id = s.person_id
    left join members mb on mb.tenant_id = s.tenant_id and mb.id = s.member_id
    where c.tenant_id = ${tenantId} and c.item_id = any(${itemIds}::uuid[])
    order by c.declared_at, p.name`;
}

/** One member row of an intervention's or application's lead (first) and parties. */
interface PartyRow {
  name: string;
  memberId: string | null;
  memberName: string | null;
  memberKind: MemberKind | null;
  isLead: boolean;
}

/** The rows (lead first, then the parties in order) as `suggestConflicts` takes them. */
function toConcernedParties(
  subject: ConcernedParties['subject'],
  rows: readonly PartyRow[],
): (ConcernedParties & { name: string }) | null {
  const [first] = rows;
  if (!first) return null;
  const member = (row: PartyRow) =>
    row.memberId === null || row.memberName === null || row.memberKind === null
      ? null
      : { memberId: row.memberId, memberName: row.memberName, memberKind: row.memberKind };
  return {
    subject,
    name: first.name,
    lead: member(first),
    parties: rows.filter((row) => !row.isLead).flatMap((row) => member(row) ?? []),
  };
}

/**
 * Who stands behind what an item concerns: an intervention's or an application's huvudman and
 * samverkansparter. Null when the item concerns nothing with parties (a plan, a report, nothing).
 */
export async function concernedParties(
  tx: TransactionSql,
  tenantId: string,
  interventionId: string | null,
  applicationId: string | null = null,
): Promise<(ConcernedParties & { name: string }) | null> {
  if (interventionId !== null) {
    return toConcernedParties(
      'intervention',
      await tx<PartyRow[]>`
        select i.name, m.id as "memberId", m.name as "memberName", m.kind as "memberKind", true as "isLead",
          -1 as position
        from interventions i left join members m on m.tenant_id = i.tenant_id and m.id = i.lead_member_id
        where i.tenant_id = ${tenantId} and i.id = ${interventionId}
        union all
        select i.name, m.id, m.name, m.kind, false, ip.position
        from interventions i
        join intervention_partners ip on ip.tenant_id = i.tenant_id and ip.intervention_id = i.id
        join members m on m.tenant_id = ip.tenant_id and m.id = ip.member_id
        where i.tenant_id = ${tenantId} and i.id = ${interventionId}
        order by position`,
    );
  }
  if (applicationId === null) return null;
  // An application's lead and parties (issue 22), fed to `suggestConflicts` as an intervention's are.
  return toConcernedParties(
    'application',
    await tx<PartyRow[]>`
      select a.title as name, m.id as "memberId", m.name as "memberName", m.kind as "memberKind",
        true as "isLead", -1 as position
      from applications a left join members m on m.tenant_id = a.tenant_id and m.id = a.lead_member_id
      where a.tenant_id = ${tenantId} and a.id = ${applicationId}
      union all
      select a.title, m.id, m.name, m.kind, false, ap.position
      from applications a
      join application_parties ap on ap.tenant_id = a.tenant_id and ap.application_id = a.id
      join members m on m.tenant_id = ap.tenant_id and m.id = ap.member_id
      where a.tenant_id = ${tenantId} and a.id = ${applicationId}
      order by position`,
  );
}
