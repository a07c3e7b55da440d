import type { TenantCtx } from '../verb-context.ts';

export interface PersonRecord {
  id: string;
  name: string;
  email: string | null;
  party: string;
  userId: string | null;
  /** The linked Samsyn user's name and e-mail (null when not linked). */
  userName: string | null;
  userEmail: string | null;
  version: number;
  /** Seats ever held, and those held today. */
  seatCount: number;
  currentSeatCount: number;
}

/** The people who hold or held a seat, by name, with the Samsyn user they are linked to. Viewers. */
export async function listPeople(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { today: string },
): Promise<PersonRecord[]> {
  return tx<PersonRecord[]>`
    select p.id, p.name, p.email, p.party, p.user_id as "userId", u.name as "userName", u.email as "userEmail",
      p.version,
      (select count(*)::int from board_seats s where s.tenant_id = p.tenant_id and s.person_id = p.id) as "seatCount",
      (select count(*)::int from board_seats s where s.tenant_id = p.tenant_id and s.person_id = p.id
        and s.from_date <= ${input.today}::date and (s.to_date is null or s.to_date >= ${input.today}::date))
        as "currentSeatCount"
    from board_people p
    left join memberships ms on ms.tenant_id = p.tenant_id and ms.user_id = p.user_id
    left join users u on u.id = ms.user_id
    where p.tenant_id = ${tenantId}
    order by lower(p.name), p.id`;
}
