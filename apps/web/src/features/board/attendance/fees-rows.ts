import { formatMoney, type Ore } from '@samsyn/domain';

/** The fees page's data, as `meetingAttendance.fees` gives it. */
export interface FeesData {
  bodies: readonly {
    bodyName: string;
    meetings: number;
    feeOre: number;
    feeLineCode: string | null;
    feeLineName: string | null;
    bookedOre: number | null;
    differenceOre: number | null;
    seats: readonly {
      personName: string;
      party: string;
      role: string;
      memberName: string | null;
      meetings: number;
      feeOre: number;
    }[];
  }[];
  totalOre: number;
}

/** Öre → kronor as a spreadsheet number (two decimals at most, never a float sum). */
const kronorCell = (amount: number): number => amount / 100;

/**
 * The fees as a spreadsheet: one row per seat with its body, then each body's sum, its booked
 * actuals and the difference, then the total. Amounts in kronor as numbers, so they can be summed.
 */
export function feesSheetRows(
  data: FeesData,
  words: {
    header: readonly string[];
    roleOf: (role: string) => string;
    bodyTotal: (body: string) => string;
    booked: string;
    difference: string;
    total: string;
  },
): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [[...words.header]];
  for (const body of data.bodies) {
    for (const seat of body.seats)
      rows.push([
        body.bodyName,
        seat.party ? `${seat.personName} (${seat.party})` : seat.personName,
        words.roleOf(seat.role),
        seat.memberName ?? '',
        seat.meetings,
        kronorCell(seat.feeOre),
      ]);
    rows.push([words.bodyTotal(body.bodyName), null, null, null, body.meetings, kronorCell(body.feeOre)]);
    if (body.bookedOre !== null && body.differenceOre !== null) {
      rows.push([
        `${words.booked} ${body.feeLineName ?? body.feeLineCode ?? ''}`,
        null,
        null,
        null,
        null,
        kronorCell(body.bookedOre),
      ]);
      rows.push([words.difference, null, null, null, null, kronorCell(body.differenceOre)]);
    }
  }
  rows.push([words.total, null, null, null, null, kronorCell(data.totalOre)]);
  return rows;
}

/** A difference with its sign spelled out: "+1 234 kr", "−50 kr", "0 kr". */
export const signedMoney = (amount: number): string =>
  amount > 0 ? `+${formatMoney(amount as Ore)}` : formatMoney(amount as Ore);
