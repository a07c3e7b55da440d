import type { MemberKind } from '../tenant.ts';
import type { MemberGroup } from './board.ts';

/**
 * Jäv suggestions (issue 21): Samsyn proposes that a seat holder may be jävig on an agenda item
 * when the member organisation the seat represents leads, or is a party of, what the item is
 * about. Only a suggestion: the seat holder declares jäv (or not) with their own reason. Takes
 * plain data, so an application (issue 22) feeds it the same way an intervention does.
 */

/** A seat as far as jäv cares: whom it represents. */
export interface ConflictSeat {
  seatId: string;
  memberId: string | null;
  memberGroup: MemberGroup | null;
}

export interface ConcernedMember {
  memberId: string;
  memberName: string;
  memberKind: MemberKind;
}

/** What an item concerns and who stands behind it: its huvudman and its samverkansparter. */
export interface ConcernedParties {
  subject: 'intervention' | 'application';
  lead: ConcernedMember | null;
  parties: readonly ConcernedMember[];
}

/** Why a seat may be jävig: a member leads or is a party, represented by the seat itself or its group. */
export interface ConflictGround {
  memberId: string;
  memberName: string;
  as: 'lead' | 'party';
  /** Set when the seat is held for a group (the municipalities) the member belongs to. */
  viaGroup: MemberGroup | null;
}

export interface ConflictSuggestion {
  seatId: string;
  grounds: ConflictGround[];
  /** The grounds as one Swedish sentence, the reason a declaration starts from. */
  reason: string;
}

const groupOf = (kind: MemberKind): MemberGroup | null =>
  kind === 'municipality' ? 'municipalities' : kind === 'fk' || kind === 'af' ? 'state' : null;

const asWords: Record<ConcernedParties['subject'], Record<ConflictGround['as'], string>> = {
  intervention: { lead: 'är huvudman för insatsen', party: 'är samverkanspart i insatsen' },
  application: { lead: 'är huvudman i ansökan', party: 'är samverkanspart i ansökan' },
};
const groupWords: Record<MemberGroup, string> = {
  municipalities: 'platsen är kommunernas',
  state: 'platsen är statens',
};

/** "Region Gävleborg är huvudman för insatsen; Sandvikens kommun är samverkanspart i insatsen (platsen är kommunernas)". */
export function conflictReason(
  subject: ConcernedParties['subject'],
  grounds: readonly ConflictGround[],
): string {
  return grounds
    .map(
      (ground) =>
        `${ground.memberName} ${asWords[subject][ground.as]}` +
        (ground.viaGroup === null ? '' : ` (${groupWords[ground.viaGroup]})`),
    )
    .join('; ');
}

/**
 * The seats that may be jäviga: a seat of the lead or of a party, and a seat held for a member
 * group (the municipalities, the state) when one of that group's members leads or is a party.
 * In the seats' order; seats without grounds are left out.
 */
export function suggestConflicts(
  seats: readonly ConflictSeat[],
  concerned: ConcernedParties,
): ConflictSuggestion[] {
  const involved = [
    ...(concerned.lead ? [{ member: concerned.lead, as: 'lead' as const }] : []),
    ...concerned.parties
      .filter((party) => party.memberId !== concerned.lead?.memberId)
      .map((member) => ({ member, as: 'party' as const })),
  ];
  const suggestions: ConflictSuggestion[] = [];
  for (const seat of seats) {
    const grounds: ConflictGround[] = [];
    for (const { member, as } of involved) {
      if (seat.memberId !== null && seat.memberId === member.memberId)
        grounds.push({ memberId: member.memberId, memberName: member.memberName, as, viaGroup: null });
      else if (seat.memberGroup !== null && seat.memberGroup === groupOf(member.memberKind))
        grounds.push({
          memberId: member.memberId,
          memberName: member.memberName,
          as,
          viaGroup: seat.memberGroup,
        });
    }
    if (grounds.length > 0)
      suggestions.push({ seatId: seat.seatId, grounds, reason: conflictReason(concerned.subject, grounds) });
  }
  return suggestions;
}
