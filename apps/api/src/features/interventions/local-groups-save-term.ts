import { recordAudit } from '@samsyn/db';
import type { LocalGroupTerm } from '@samsyn/domain';
import { staleOrMissing } from '../concurrency.ts';
import type { TenantCtx } from '../verb-context.ts';
import { getLocalGroup, type LocalGroupRecord } from './local-groups.ts';

/**
 * One term of a local group's year: meetings held and whether every party was there.
 * `expectedVersion` is the term's (null creates it). The year's meetings become the sum of its
 * terms in the same transaction (0023); a year not entered yet is created with no budget, nothing
 * spent and no updated action plan, as "Fördela" does. Editors; audited.
 */
export async function saveLocalGroupTerm(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: LocalGroupTerm & { localGroupId: string; expectedVersion: number | null },
): Promise<LocalGroupRecord> {
  const group = await getLocalGroup(tx, tenantId, input.localGroupId);
  const year = group.years.find((entry) => entry.year === input.year);
  const before = year?.terms.find((entry) => entry.term === input.term);
  if (input.expectedVersion === null) {
    if (before) staleOrMissing('localGroupTerm', true);
    await tx`
      insert into local_group_years (tenant_id, local_group_id, year, budget_ore, spend_ore, meetings_held,
        has_updated_action_plan)
      values (${tenantId}, ${input.localGroupId}, ${input.year}, 0, 0, 0, false)
      on conflict (tenant_id, local_group_id, year) do nothing`;
    await tx`
      insert into local_group_terms (tenant_id, local_group_id, year, term, meetings_held, all_parties_present)
      values (${tenantId}, ${input.localGroupId}, ${input.year}, ${input.term}, ${input.meetingsHeld},
        ${input.allPartiesPresent})`;
  } else {
    const updated = await tx`
      update local_group_terms set meetings_held = ${input.meetingsHeld},
        all_parties_present = ${input.allPartiesPresent}, is_demo_estimate = false, version = version + 1
      where tenant_id = ${tenantId} and local_group_id = ${input.localGroupId} and year = ${input.year}
        and term = ${input.term} and version = ${input.expectedVersion}
      returning 1`;
    if (updated.length === 0) staleOrMissing('localGroupTerm', before !== undefined);
  }
  await tx`
    update local_group_years y set meetings_held = (
        select sum(t.meetings_held) from local_group_terms t
        where t.tenant_id = y.tenant_id and t.local_group_id = y.local_group_id and t.year = y.year),
      estimated_fields = array_remove(y.estimated_fields, 'meetingsHeld'), version = y.version + 1
    where y.tenant_id = ${tenantId} and y.local_group_id = ${input.localGroupId} and y.year = ${input.year}`;
  const { localGroupId: _g, expectedVersion: _e, ...after } = input;
  await recordAudit(tx, {
    action: 'localGroup.saveTerm',
    entity: 'localGroup',
    entityId: input.localGroupId,
    before: before ?? null,
    after,
  });
  return getLocalGroup(tx, tenantId, input.localGroupId);
}
