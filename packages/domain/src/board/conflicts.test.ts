import { describe, expect, it } from 'vitest';
import {
  type ConcernedMember,
  type ConcernedParties,
  type ConflictSeat,
  suggestConflicts,
} from './conflicts.ts';

const region: ConcernedMember = { memberId: 'region', memberName: 'Region Gävleborg', memberKind: 'region' };
const sandviken: ConcernedMember = {
  memberId: 'sandviken',
  memberName: 'Sandvikens kommun',
  memberKind: 'municipality',
};
const fk: ConcernedMember = { memberId: 'fk', memberName: 'Försäkringskassan', memberKind: 'fk' };
const seats: ConflictSeat[] = [
  { seatId: 'chair', memberId: 'region', memberGroup: null },
  { seatId: 'vice', memberId: null, memberGroup: 'municipalities' },
  { seatId: 'fk-member', memberId: 'fk', memberGroup: null },
  { seatId: 'af-member', memberId: 'af', memberGroup: null },
  { seatId: 'staff', memberId: null, memberGroup: null },
];
const intervention = (lead: ConcernedMember | null, parties: ConcernedMember[] = []): ConcernedParties => ({
  subject: 'intervention',
  lead,
  parties,
});

describe('suggestConflicts', () => {
  it("suggests the lead's own seat with the reason in Swedish", () => {
    expect(suggestConflicts(seats, intervention(region))).toEqual([
      {
        seatId: 'chair',
        grounds: [{ memberId: 'region', memberName: 'Region Gävleborg', as: 'lead', viaGroup: null }],
        reason: 'Region Gävleborg är huvudman för insatsen',
      },
    ]);
  });

  it("suggests a party's seat and the municipalities' seat when a municipality is a party", () => {
    const suggestions = suggestConflicts(seats, intervention(fk, [sandviken]));
    expect(suggestions.map((s) => [s.seatId, s.reason])).toEqual([
      ['vice', 'Sandvikens kommun är samverkanspart i insatsen (platsen är kommunernas)'],
      ['fk-member', 'Försäkringskassan är huvudman för insatsen'],
    ]);
  });

  it('names every ground of one seat in one reason, and a lead listed as a party only once', () => {
    const [chair] = suggestConflicts(seats, intervention(region, [region, sandviken]));
    expect(chair?.reason).toBe('Region Gävleborg är huvudman för insatsen');
    const [vice] = suggestConflicts(
      seats,
      intervention(sandviken, [{ ...sandviken, memberId: 'ockelbo', memberName: 'Ockelbo kommun' }]),
    );
    expect(vice?.reason).toBe(
      'Sandvikens kommun är huvudman för insatsen (platsen är kommunernas); Ockelbo kommun är samverkanspart i insatsen (platsen är kommunernas)',
    );
  });

  it('suggests nothing when the förbund itself leads and nobody takes part', () => {
    expect(suggestConflicts(seats, intervention(null))).toEqual([]);
  });

  it('speaks of the application when an application is fed in the same way', () => {
    const [chair] = suggestConflicts(seats, { subject: 'application', lead: region, parties: [] });
    expect(chair?.reason).toBe('Region Gävleborg är huvudman i ansökan');
  });
});
