import type { CompositionSeatRule } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';

/** A seat rule as the composition checks read it, with the names the page shows and its version. */
export interface SeatRuleRecord extends CompositionSeatRule {
  bodyName: string;
  memberName: string | null;
  version: number;
}

/** The förbundsordning's seat rules, body by body, the latest first. Viewers. */
export async function listSeatRules({ tx, tenant: { id: tenantId } }: TenantCtx): Promise<SeatRuleRecord[]> {
  return tx<SeatRuleRecord[]>`
    select r.id, r.body_id as "bodyId", b.name as "bodyName", r.member_id as "memberId", m.name as "memberName",
      r.member_group as "memberGroup", r.ordinary_seats as "ordinarySeats", r.substitute_seats as "substituteSeats",
      r.valid_from::text as "validFrom", r.valid_to::text as "validTo", r.source, r.version
    from board_seat_rules r
    join board_bodies b on b.tenant_id = r.tenant_id and b.id = r.body_id
    left join members m on m.tenant_id = r.tenant_id and m.id = r.member_id
    where r.tenant_id = ${tenantId}
    order by b.position, b.name, r.valid_from desc, r.member_group nulls first, m.name`;
}
