import { isOrdinaryRole, type QuorumRule, type SeatRole } from './board.ts';

/** A body's rule for when it may decide (board_bodies.quorum_rule / quorum_count). */
export interface QuorumRuleOf {
  rule: QuorumRule;
  /** Only for 'count': at least this many. */
  count: number | null;
}

/** A seat of the body on the meeting's date, as far as the quorum cares. */
export interface QuorumSeat {
  seatId: string;
  role: SeatRole;
}

/** One seat's attendance. A substitute 'serving' takes the place of an absent ordinary member. */
export interface QuorumAttendance {
  seatId: string;
  status: 'present' | 'absent' | 'serving';
  servingForSeatId: string | null;
}

export interface Quorum {
  /** Ordinary members (ledamöter) the body has on the date. */
  ordinary: number;
  /** How many must take part for the body to decide. */
  required: number;
  /** Ordinary seats filled: the member present, or a substitute serving in an absent member's place. */
  present: number;
  met: boolean;
}

/**
 * How many of the `ordinary` seats must be filled: 'half' at least half ("beslutsför när minst
 * hälften av ledamöterna är närvarande": 8 → 4, 7 → 4), 'majority' more than half (8 → 5), 'count'
 * at least N. Never fewer than one: a body with no members present decides nothing.
 */
export function requiredForQuorum({ rule, count }: QuorumRuleOf, ordinary: number): number {
  const required =
    rule === 'half'
      ? Math.ceil(ordinary / 2)
      : rule === 'majority'
        ? Math.floor(ordinary / 2) + 1
        : (count ?? 1);
  return Math.max(1, required);
}

/**
 * Whether the meeting could decide: the ordinary seats filled by their member or by a substitute
 * serving for them, against the body's rule. A seat counts once however it is filled, and a
 * substitute merely present (närvarorätt, no vote) fills nothing.
 */
export function quorumOf(
  rule: QuorumRuleOf,
  seats: readonly QuorumSeat[],
  rows: readonly QuorumAttendance[],
): Quorum {
  const ordinarySeats = new Set(seats.filter((seat) => isOrdinaryRole(seat.role)).map((seat) => seat.seatId));
  const filled = new Set<string>();
  for (const row of rows) {
    if (row.status === 'present' && ordinarySeats.has(row.seatId)) filled.add(row.seatId);
    if (row.status === 'serving' && row.servingForSeatId !== null && ordinarySeats.has(row.servingForSeatId))
      filled.add(row.servingForSeatId);
  }
  const required = requiredForQuorum(rule, ordinarySeats.size);
  return { ordinary: ordinarySeats.size, required, present: filled.size, met: filled.size >= required };
}
