import type { TransactionSql } from '@samsyn/db';
import {
  type CreateInterventionInput,
  type FinsamFieldName,
  throwIfProblems,
  todayInSweden,
} from '@samsyn/domain';
import { registeredPeriodsCovering } from './finsam-registration.ts';
import { unknownMemberProblems } from './records/intervention-record.ts';

/* What creating and updating an intervention share: its references checked, its partners written. */

/** Member ids, lead and partners, and the local group must belong to this förbund. */
export async function checkReferences(
  tx: TransactionSql,
  tenantId: string,
  input: Partial<Pick<CreateInterventionInput, 'leadOrganisation' | 'partnerMemberIds' | 'localGroupId'>>,
): Promise<void> {
  const ids: { id: string; path: (string | number)[] }[] = [];
  if (input.leadOrganisation?.type === 'member')
    ids.push({ id: input.leadOrganisation.memberId, path: ['leadOrganisation', 'memberId'] });
  for (const [index, id] of (input.partnerMemberIds ?? []).entries())
    ids.push({ id, path: ['partnerMemberIds', index] });
  const problems = await unknownMemberProblems(tx, tenantId, ids, 'intervention.memberNotFound');
  if (input.localGroupId) {
    const [group] = await tx`
      select 1 from local_groups where tenant_id = ${tenantId} and id = ${input.localGroupId}`;
    if (!group) problems.push({ key: 'intervention.localGroupNotFound', path: ['localGroupId'] });
  }
  throwIfProblems('intervention.invalid', problems);
}

/**
 * Uppföljning Finsam's fields are what the förbund reported there: once a period the intervention
 * ran in is registered, a change to them is refused on each field (an admin can undo the mark).
 */
export async function checkFinsamFieldsUnlocked(
  tx: TransactionSql,
  tenantId: string,
  stored: { startDate: string | null; endDate: string | null },
  changed: readonly FinsamFieldName[],
): Promise<void> {
  if (changed.length === 0) return;
  const registered = await registeredPeriodsCovering(tx, tenantId, stored);
  if (registered.length === 0) return;
  throwIfProblems(
    'intervention.invalid',
    changed.map((field) => ({ key: 'intervention.finsamFieldLocked', path: [field] })),
  );
}

/** Inserts the partners in their order, as one statement (sent when awaited). */
export function insertPartners(
  tx: TransactionSql,
  tenantId: string,
  id: string,
  partnerIds: readonly string[],
) {
  return tx`
    insert into intervention_partners (tenant_id, intervention_id, member_id, position)
    select ${tenantId}, ${id}, member_id, position::int - 1
    from unnest(${partnerIds}::uuid[]) with ordinality as p(member_id, position)`;
}

/** Replaces the partners with these, in this order. */
export async function writePartners(
  tx: TransactionSql,
  tenantId: string,
  id: string,
  partnerIds: readonly string[],
) {
  await tx`delete from intervention_partners where tenant_id = ${tenantId} and intervention_id = ${id}`;
  if (partnerIds.length > 0) await insertPartners(tx, tenantId, id, partnerIds);
}

export const today = () => todayInSweden();
