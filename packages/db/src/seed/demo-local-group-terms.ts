import type { TransactionSql } from '../client.ts';
import { enterScope } from '../scope.ts';

/**
 * Gävleborg's MYSAM groups kept per term in 2019 (issue 20), so the plan's "minst två träffar per
 * termin" computes. The demo stands at 30 June 2019, so only the spring term exists: each group's
 * spring is the meetings its year already holds, except Mysam Nordanstig, which met once (a demo
 * value, so one group fails "twice per term"; its yearly figure becomes 1, the spring's sum, as the
 * API keeps it). Every row is a demo estimate: the seeds say only "4–6 meetings a year".
 */
export const gavleborgSpringTerms2019 = {
  slug: 'gavleborg',
  year: 2019,
  onceMeetingGroup: 'Mysam Nordanstig',
};

export async function seedDemoLocalGroupTerms(
  tx: TransactionSql,
  tenantIds: ReadonlyMap<string, string>,
): Promise<void> {
  const { slug, year, onceMeetingGroup } = gavleborgSpringTerms2019;
  const tenantId = tenantIds.get(slug);
  if (!tenantId) throw new Error(`demo local-group terms: unknown förbund ${slug}`);
  await enterScope(tx, { tenantId });
  await tx`
    update local_group_years y set meetings_held = 1
    from local_groups g
    where g.tenant_id = y.tenant_id and g.id = y.local_group_id and y.tenant_id = ${tenantId}
      and y.year = ${year} and g.name = ${onceMeetingGroup}`;
  const inserted = await tx`
    insert into local_group_terms (tenant_id, local_group_id, year, term, meetings_held, all_parties_present,
      is_demo_estimate)
    select y.tenant_id, y.local_group_id, y.year, 'spring', y.meetings_held, true, true
    from local_group_years y where y.tenant_id = ${tenantId} and y.year = ${year}
    returning 1`;
  if (inserted.length !== 10)
    throw new Error(`demo local-group terms: expected 10 MYSAM groups, got ${inserted.length}`);
}
