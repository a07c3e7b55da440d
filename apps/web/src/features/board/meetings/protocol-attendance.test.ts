import { describe, expect, it } from 'vitest';
import { protocolAttendance } from './protocol-attendance.ts';

describe('protocolAttendance', () => {
  const seats = [
    { seatId: 'chair', personName: 'Tommy Berger', party: 'S' },
    { seatId: 'member', personName: 'Eva Alner Liljedahl', party: '' },
    { seatId: 'substitute', personName: 'Kenneth Axling', party: 'S' },
    { seatId: 'unrecorded', personName: 'Ingen Rad', party: 'M' },
  ];

  it('names those present, the substitute serving for whom, and those absent, in the seats’ order', () => {
    expect(
      protocolAttendance(seats, [
        { seatId: 'substitute', status: 'serving', servingForSeatId: 'member' },
        { seatId: 'member', status: 'absent', servingForSeatId: null },
        { seatId: 'chair', status: 'present', servingForSeatId: null },
      ]),
    ).toEqual({
      present: ['Tommy Berger (S)'],
      serving: [{ name: 'Kenneth Axling (S)', servingFor: 'Eva Alner Liljedahl' }],
      others: [],
      absent: ['Eva Alner Liljedahl'],
    });
  });

  it('is empty before attendance is recorded', () => {
    expect(protocolAttendance(seats, [])).toEqual({ present: [], serving: [], others: [], absent: [] });
  });

  it('lists a substitute present without serving apart from the voting members', () => {
    const roles = [
      { seatId: 'chair', personName: 'Tommy Berger', party: 'S', role: 'chair' },
      { seatId: 'substitute', personName: 'Stefan Grandien', party: 'S', role: 'substitute' },
    ];
    expect(
      protocolAttendance(roles, [
        { seatId: 'chair', status: 'present', servingForSeatId: null },
        { seatId: 'substitute', status: 'present', servingForSeatId: null },
      ]),
    ).toMatchObject({ present: ['Tommy Berger (S)'], others: ['Stefan Grandien (S)'] });
  });
});
