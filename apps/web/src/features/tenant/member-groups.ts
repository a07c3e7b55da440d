import type { AppRouter } from '@samsyn/api';
import type { MemberKind } from '@samsyn/domain';
import type { inferRouterOutputs } from '@trpc/server';

export type TenantOverview = inferRouterOutputs<AppRouter>['tenant']['get'];
export type TenantMember = TenantOverview['members'][number];

/** How the overview groups members: the state (FK and AF), the region, the municipalities. */
export type MemberGroupId = 'state' | 'region' | 'municipality';

const groupOf: Record<MemberKind, MemberGroupId> = {
  fk: 'state',
  af: 'state',
  region: 'region',
  municipality: 'municipality',
};
const groupOrder: MemberGroupId[] = ['state', 'region', 'municipality'];
const kindOrder: Record<MemberKind, number> = { fk: 0, af: 1, region: 2, municipality: 3 };

export interface MemberGroup {
  id: MemberGroupId;
  members: TenantMember[];
}

/**
 * Members grouped for display, groups in Finsam order and members by kind then name (Swedish
 * collation, so Ö sorts after Ä). Groups without members are left out.
 */
export function groupMembers(members: readonly TenantMember[]): MemberGroup[] {
  const collator = new Intl.Collator('sv-SE');
  return groupOrder
    .map((id) => ({
      id,
      members: members
        .filter((member) => groupOf[member.kind] === id)
        .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || collator.compare(a.name, b.name)),
    }))
    .filter((group) => group.members.length > 0);
}
