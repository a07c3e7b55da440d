import { parsePeriod, periodEndDate, periodStartDate } from '../interventions/period.ts';
import type { Ore } from '../money/ore.ts';
import { subtractOre, sumOre } from '../money/ore-math.ts';

/** One seat's attendance at one meeting, with the fee (arvode) paid for it. */
export interface FeeRow {
  bodyId: string;
  seatId: string;
  meetingId: string;
  /** Present or serving: the seat holder took part. */
  attended: boolean;
  feeOre: Ore;
}

export interface SeatFees {
  bodyId: string;
  seatId: string;
  /** Meetings the seat holder took part in. */
  meetings: number;
  feeOre: Ore;
}

export interface BodyFeeSum {
  bodyId: string;
  feeOre: Ore;
}

export interface FeeSums {
  /** Seats in the order they first appear in the rows. */
  seats: SeatFees[];
  bodies: BodyFeeSum[];
  totalOre: Ore;
}

/** The fees summed per seat, per body and in total, in whole öre (integers, never fractions). */
export function sumFees(rows: readonly FeeRow[]): FeeSums {
  const seats = new Map<string, { bodyId: string; seatId: string; meetings: number; fees: Ore[] }>();
  const bodies = new Map<string, Ore[]>();
  for (const row of rows) {
    const key = `${row.bodyId}/${row.seatId}`;
    const seat = seats.get(key) ?? { bodyId: row.bodyId, seatId: row.seatId, meetings: 0, fees: [] };
    if (row.attended) seat.meetings += 1;
    seat.fees.push(row.feeOre);
    seats.set(key, seat);
    bodies.set(row.bodyId, [...(bodies.get(row.bodyId) ?? []), row.feeOre]);
  }
  return {
    seats: [...seats.values()].map(({ fees, ...seat }) => ({ ...seat, feeOre: sumOre(fees) })),
    bodies: [...bodies].map(([bodyId, fees]) => ({ bodyId, feeOre: sumOre(fees) })),
    totalOre: sumOre(rows.map((row) => row.feeOre)),
  };
}

/** Booked minus recorded: positive when the books hold more than the meetings' fees. Null without books. */
export const feeDifference = (feeOre: Ore, bookedOre: Ore | null): Ore | null =>
  bookedOre === null ? null : subtractOre(bookedOre, feeOre);

/**
 * The dates of a fees period as the page's address carries it ('2019-H1', '2019', '2019-03'),
 * first and last day inclusive; null for anything else.
 */
export function feePeriodDates(period: string): { from: string; to: string } | null {
  const parsed = parsePeriod(period);
  return parsed ? { from: periodStartDate(parsed), to: periodEndDate(parsed) } : null;
}
