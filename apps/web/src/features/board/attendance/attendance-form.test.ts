import { describe, expect, it } from 'vitest';
import {
  attendanceFormRows,
  attendanceFormSchema,
  choiceOf,
  type FormSeat,
  feeAfterChoice,
  fromChoice,
  quorumMessage,
  quorumWhileTyping,
} from './attendance-form.ts';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const seats: FormSeat[] = [
  { seatId: id(1), personName: 'Tommy Berger', party: 'S', role: 'chair' },
  { seatId: id(2), personName: 'Kenneth Axling', party: 'S', role: 'viceChair' },
  { seatId: id(3), personName: 'Eva Alner Liljedahl', party: '', role: 'member' },
  { seatId: id(4), personName: 'Ersättare Ett', party: 'M', role: 'substitute' },
];

describe('attendanceFormRows', () => {
  it('starts an unrecorded meeting with the members present at the body’s fee and the substitutes absent', () => {
    expect(attendanceFormRows(seats, [], 150_000).map((row) => [row.status, row.fee])).toEqual([
      ['present', '1\u00a0500'],
      ['present', '1\u00a0500'],
      ['present', '1\u00a0500'],
      ['absent', ''],
    ]);
  });

  it('shows the saved attendance, and a seat the save left out as absent', () => {
    const rows = attendanceFormRows(
      seats,
      [
        { seatId: id(3), status: 'absent', servingForSeatId: null, feeOre: 0 },
        { seatId: id(4), status: 'serving', servingForSeatId: id(3), feeOre: 150_050 },
      ],
      150_000,
    );
    expect(rows.map((row) => [choiceOf(row), row.fee])).toEqual([
      ['absent', ''],
      ['absent', ''],
      ['absent', ''],
      [`serving:${id(3)}`, '1\u00a0500,50'],
    ]);
  });
});

describe('the status select', () => {
  it('reads a serving choice back to status and seat', () => {
    expect(fromChoice(`serving:${id(3)}`)).toEqual({ status: 'serving', servingForSeatId: id(3) });
    expect(fromChoice('present')).toEqual({ status: 'present', servingForSeatId: null });
  });

  it('gives the body’s fee to someone who comes and takes it from someone absent, keeping a typed fee', () => {
    expect(feeAfterChoice('', 'serving', 150_000)).toBe('1\u00a0500');
    expect(feeAfterChoice('1\u00a0500', 'absent', 150_000)).toBe('');
    expect(feeAfterChoice('1500', 'absent', 150_000)).toBe('');
    expect(feeAfterChoice('800', 'absent', 150_000)).toBe('800');
    expect(feeAfterChoice('', 'present', 0)).toBe('');
  });
});

describe('attendanceFormSchema', () => {
  it('refuses in the browser a substitute serving for a member who is present, beside the field', () => {
    const result = attendanceFormSchema(seats).safeParse({
      rows: [
        { seatId: id(3), status: 'present', servingForSeatId: null, fee: '' },
        { seatId: id(4), status: 'serving', servingForSeatId: id(3), fee: '' },
      ],
    });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['rows.1.servingForSeatId', 'boardAttendance.servingForNotAbsent'],
    ]);
  });
});

describe('the quorum line', () => {
  it('counts as typed and says it in the catalogue’s words', () => {
    const quorum = quorumWhileTyping({ rule: 'half', count: null }, seats, [
      { seatId: id(1), status: 'present' },
      { seatId: id(2), status: 'absent' },
      { seatId: id(3), status: 'absent' },
      { seatId: id(4), status: 'serving', servingForSeatId: id(2) },
    ]);
    expect(quorumMessage(quorum)).toEqual({
      key: 'boardAttendance.quorum.met',
      values: { present: 2, ordinary: 3, required: 2 },
    });
  });
});
