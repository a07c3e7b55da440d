import {
  type BoardTerm,
  type CompositionFinding,
  type CompositionMember,
  checkComposition,
  type MemberKind,
  memberKinds,
  termOn,
} from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import type { SeatRuleRecord } from './list-seat-rules.ts';
import { listSeatRules } from './list-seat-rules.ts';
import { type BodyRecord, selectBodies } from './organisation-records.ts';
import { readSeatsOn, type SeatOnDate } from './read-seats-on.ts';

export interface Composition {
  date: string;
  /** The term of office running on the date (1 April after an election, four years). */
  term: BoardTerm;
  bodies: Array<BodyRecord & { seats: SeatOnDate[] }>;
  /** The förbund's members (all, with their dates), for the forms' "Representerar". */
  members: Array<CompositionMember & { kind: MemberKind }>;
  /** The seat rules in force on the date. */
  rules: SeatRuleRecord[];
  findings: CompositionFinding[];
}

/**
 * "Sammansättning den [datum]": every body's seats held on `date`, and the composition checks of
 * that date (never blocking). Viewers.
 */
export async function readComposition(ctx: TenantCtx, input: { date: string }): Promise<Composition> {
  const { tx, tenant } = ctx;
  const [bodies, seats, allRules, members] = await Promise.all([
    selectBodies(tx, tenant.id),
    readSeatsOn(ctx, { date: input.date }),
    listSeatRules(ctx),
    tx<CompositionMember[]>`
      select id, name, kind, joined_on::text as "joinedOn", left_on::text as "leftOn" from members
      where tenant_id = ${tenant.id} order by array_position(${memberKinds}::text[], kind), name`,
  ]);
  const rules = allRules.filter(
    (rule) => rule.validFrom <= input.date && (rule.validTo === null || rule.validTo >= input.date),
  );
  return {
    date: input.date,
    term: termOn(input.date),
    bodies: bodies.map((body) => ({ ...body, seats: seats.filter((seat) => seat.bodyId === body.id) })),
    members,
    rules,
    findings: checkComposition({ date: input.date, members, bodies, seats, rules }),
  };
}
