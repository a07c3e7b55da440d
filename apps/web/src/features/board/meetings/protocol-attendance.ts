/** A seat as the protocol names it. */
export interface NamedSeat {
  seatId: string;
  personName: string;
  party: string;
  /** Without a role the seat counts as an ordinary member's. */
  role?: string;
}

/** The roles that vote: ordförande, vice ordförande, ledamot (`ordinaryRoles` in the domain). */
const votingRoles: ReadonlySet<string> = new Set(['chair', 'viceChair', 'member']);

/** A saved attendance row. */
export interface AttendanceRow {
  seatId: string;
  status: 'present' | 'absent' | 'serving';
  servingForSeatId: string | null;
}

/** "Tommy Berger (S)", or the name alone without a party. */
export const seatName = (seat: Pick<NamedSeat, 'personName' | 'party'>): string =>
  seat.party ? `${seat.personName} (${seat.party})` : seat.personName;

/**
 * The protocol's attendance in the seats' order: the ordinary members present, which substitutes
 * served for whom, the others present without a vote (substitutes not serving, co-opted members,
 * the presenter: "närvaro- och yttranderätt"), and who was absent. Seats without a row were not
 * recorded and are left out.
 */
export function protocolAttendance(
  seats: readonly NamedSeat[],
  rows: readonly AttendanceRow[],
): {
  present: string[];
  serving: { name: string; servingFor: string }[];
  others: string[];
  absent: string[];
} {
  const rowOf = new Map(rows.map((row) => [row.seatId, row]));
  const nameOf = new Map(seats.map((seat) => [seat.seatId, seatName(seat)]));
  const result = {
    present: [] as string[],
    serving: [] as { name: string; servingFor: string }[],
    others: [] as string[],
    absent: [] as string[],
  };
  for (const seat of seats) {
    const row = rowOf.get(seat.seatId);
    if (row?.status === 'present')
      (seat.role === undefined || votingRoles.has(seat.role) ? result.present : result.others).push(
        seatName(seat),
      );
    if (row?.status === 'absent') result.absent.push(seatName(seat));
    if (row?.status === 'serving')
      result.serving.push({ name: seatName(seat), servingFor: nameOf.get(row.servingForSeatId ?? '') ?? '' });
  }
  return result;
}
