import { describe, expect, it } from 'vitest';
import { attendanceProblems, attendanceRowSchema, conflictDeclarationSchema } from './attendance.ts';
import type { SeatRole } from './board.ts';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [chair, member, sub1, sub2, coopted] = [1, 2, 3, 4, 5].map(id) as [
  string,
  string,
  string,
  string,
  string,
];
const seats: { seatId: string; role: SeatRole }[] = [
  { seatId: chair, role: 'chair' },
  { seatId: member, role: 'member' },
  { seatId: sub1, role: 'substitute' },
  { seatId: sub2, role: 'substitute' },
  { seatId: coopted, role: 'coopted' },
];
const row = (
  seatId: string,
  status: 'present' | 'absent' | 'serving',
  servingForSeatId: string | null = null,
) => ({
  seatId,
  status,
  servingForSeatId,
});

describe('attendanceRowSchema', () => {
  it('reads the fee in kronor as typed, and empty as no fee', () => {
    const parsed = attendanceRowSchema.parse({
      seatId: chair,
      status: 'present',
      servingForSeatId: '',
      fee: '1 500,50',
    });
    expect(parsed).toEqual({ seatId: chair, status: 'present', servingForSeatId: null, feeOre: 150_050 });
    expect(attendanceRowSchema.parse({ ...parsed, fee: '' }).feeOre).toBe(0);
  });

  it('refuses a negative fee beside the field', () => {
    const result = attendanceRowSchema.safeParse({
      seatId: chair,
      status: 'present',
      servingForSeatId: null,
      fee: '-5',
    });
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([[['fee'], 'money.negative']]);
  });

  it('asks whom a serving substitute serves for, and forgets it for any other status', () => {
    const serving = attendanceRowSchema.safeParse({
      seatId: sub1,
      status: 'serving',
      servingForSeatId: '',
      fee: '0',
    });
    expect(serving.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['servingForSeatId'], 'boardAttendance.servingForRequired'],
    ]);
    const present = attendanceRowSchema.parse({
      seatId: sub1,
      status: 'present',
      servingForSeatId: chair,
      fee: '0',
    });
    expect(present.servingForSeatId).toBeNull();
  });
});

describe('attendanceProblems', () => {
  it('accepts a substitute serving for an absent member', () => {
    expect(
      attendanceProblems(seats, [row(chair, 'present'), row(member, 'absent'), row(sub1, 'serving', member)]),
    ).toEqual([]);
  });

  it('refuses a seat that is not the body’s, and a seat twice', () => {
    expect(
      attendanceProblems(seats, [row(id(99), 'present'), row(chair, 'present'), row(chair, 'absent')]),
    ).toEqual([
      { key: 'boardAttendance.seatNotOnBody', path: ['rows', 0, 'seatId'] },
      { key: 'boardAttendance.seatTwice', path: ['rows', 2, 'seatId'] },
    ]);
  });

  it('lets only a substitute serve, only for an ordinary seat marked absent, one per seat', () => {
    expect(
      attendanceProblems(seats, [
        row(chair, 'present'),
        row(member, 'absent'),
        row(coopted, 'serving', member),
        row(sub1, 'serving', chair),
        row(sub2, 'serving', sub1),
      ]),
    ).toEqual([
      { key: 'boardAttendance.servingOnlySubstitute', path: ['rows', 2, 'status'] },
      { key: 'boardAttendance.servingForNotAbsent', path: ['rows', 3, 'servingForSeatId'] },
      { key: 'boardAttendance.servingForNotOrdinary', path: ['rows', 4, 'servingForSeatId'] },
    ]);
    expect(
      attendanceProblems(seats, [
        row(member, 'absent'),
        row(sub1, 'serving', member),
        row(sub2, 'serving', member),
      ]),
    ).toEqual([{ key: 'boardAttendance.servingForTaken', path: ['rows', 2, 'servingForSeatId'] }]);
  });
});

describe('conflictDeclarationSchema', () => {
  it('asks for a reason', () => {
    const result = conflictDeclarationSchema.safeParse({ seatId: chair, reason: '  ' });
    expect(result.error?.issues.map((i) => i.message)).toEqual(['boardAttendance.conflictReasonRequired']);
  });
});
