import { describe, expect, it } from 'vitest';
import { finsamPartyProblems } from './finsam-parties.ts';

const lead = '11111111-1111-4111-8111-111111111111';
const other = '22222222-2222-4222-8222-222222222222';

describe('finsamPartyProblems', () => {
  it('lets an expected or draft application be incomplete', () => {
    expect(finsamPartyProblems({ leadMemberId: null, partyMemberIds: [] }, 'expected')).toEqual([]);
    expect(finsamPartyProblems({ leadMemberId: lead, partyMemberIds: [] }, 'draft')).toEqual([]);
    expect(finsamPartyProblems({ leadMemberId: null, partyMemberIds: [] }, 'withdrawn')).toEqual([]);
  });

  it('refuses a received application with the lead alone, beside the parties field', () => {
    expect(finsamPartyProblems({ leadMemberId: lead, partyMemberIds: [] }, 'received')).toEqual([
      { key: 'applications.finsamParties', path: ['partyMemberIds'] },
    ]);
  });

  it('counts the lead once when it is also ticked as a party', () => {
    expect(finsamPartyProblems({ leadMemberId: lead, partyMemberIds: [lead] }, 'formalCheck')).toEqual([
      { key: 'applications.finsamParties', path: ['partyMemberIds'] },
    ]);
  });

  it('asks for the lead when two parties have none', () => {
    expect(finsamPartyProblems({ leadMemberId: null, partyMemberIds: [lead, other] }, 'received')).toEqual([
      { key: 'applications.leadRequired', path: ['leadMemberId'] },
      { key: 'applications.finsamParties', path: ['partyMemberIds'] },
    ]);
  });

  it('accepts two member organisations, one the lead, in every submitted status', () => {
    for (const status of ['received', 'formalCheck', 'underReview', 'proposal', 'granted'] as const)
      expect(finsamPartyProblems({ leadMemberId: lead, partyMemberIds: [other] }, status)).toEqual([]);
  });
});
