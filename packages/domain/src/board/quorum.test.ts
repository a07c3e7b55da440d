import { describe, expect, it } from 'vitest';
import type { SeatRole } from './board.ts';
import { type QuorumAttendance, quorumOf, requiredForQuorum } from './quorum.ts';

const seats = (ordinary: number, substitutes = 0) => [
  ...Array.from({ length: ordinary }, (_, i) => ({
    seatId: `o${i}`,
    role: (i === 0 ? 'chair' : 'member') as SeatRole,
  })),
  ...Array.from({ length: substitutes }, (_, i) => ({ seatId: `s${i}`, role: 'substitute' as SeatRole })),
];
const present = (seatId: string): QuorumAttendance => ({ seatId, status: 'present', servingForSeatId: null });
const absent = (seatId: string): QuorumAttendance => ({ seatId, status: 'absent', servingForSeatId: null });
const serving = (seatId: string, servingForSeatId: string): QuorumAttendance => ({
  seatId,
  status: 'serving',
  servingForSeatId,
});

describe('requiredForQuorum', () => {
  it('asks at least half of the members under "half": 4 of 8, 4 of 7', () => {
    expect(requiredForQuorum({ rule: 'half', count: null }, 8)).toBe(4);
    expect(requiredForQuorum({ rule: 'half', count: null }, 7)).toBe(4);
  });

  it('asks more than half under "majority": 5 of 8, 4 of 7', () => {
    expect(requiredForQuorum({ rule: 'majority', count: null }, 8)).toBe(5);
    expect(requiredForQuorum({ rule: 'majority', count: null }, 7)).toBe(4);
  });

  it('asks the body\'s own number under "count"', () => {
    expect(requiredForQuorum({ rule: 'count', count: 3 }, 8)).toBe(3);
  });

  it('never asks fewer than one, even of a body without members', () => {
    expect(requiredForQuorum({ rule: 'half', count: null }, 0)).toBe(1);
  });
});

describe('quorumOf', () => {
  const half = { rule: 'half' as const, count: null };

  it('counts a substitute serving for an absent member as that member', () => {
    const rows = [present('o0'), present('o1'), present('o2'), absent('o3'), serving('s0', 'o3')];
    expect(quorumOf(half, seats(8, 8), rows)).toEqual({ ordinary: 8, required: 4, present: 4, met: true });
  });

  it('is not met with three of eight, and a substitute merely present adds nothing', () => {
    const rows = [present('o0'), present('o1'), present('o2'), present('s0'), absent('o3')];
    expect(quorumOf(half, seats(8, 8), rows)).toEqual({ ordinary: 8, required: 4, present: 3, met: false });
  });

  it('counts a seat once however it is filled', () => {
    const rows = [present('o0'), serving('s0', 'o0'), serving('s1', 'o0')];
    expect(quorumOf(half, seats(2, 2), rows).present).toBe(1);
  });

  it('ignores a substitute "serving" for a seat that is no ordinary seat of the body', () => {
    expect(quorumOf(half, seats(2, 2), [serving('s0', 's1'), serving('s1', 'elsewhere')]).present).toBe(0);
  });

  it('reads 5 of 8 under "majority" as met and 4 of 8 as not', () => {
    const majority = { rule: 'majority' as const, count: null };
    const four = ['o0', 'o1', 'o2', 'o3'].map(present);
    expect(quorumOf(majority, seats(8), four).met).toBe(false);
    expect(quorumOf(majority, seats(8), [...four, present('o4')]).met).toBe(true);
  });
});
