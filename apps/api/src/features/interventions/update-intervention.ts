import { recordAudit } from '@samsyn/db';
import {
  changedFinsamFields,
  crossFieldProblems,
  throwIfProblems,
  type UpdateInterventionInput,
} from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { checkFinsamFieldsUnlocked, checkReferences, writePartners } from './intervention-writes.ts';
import { getInterventionRecord, type InterventionRecord } from './records/intervention-record.ts';
import { lockForEdit } from './records/lock-for-edit.ts';

/**
 * Changes any of an intervention's fields except its status (see setInterventionStatus), if nobody
 * saved it since the editor loaded it. Editors and admins; not while archived; the Uppföljning
 * Finsam fields not once a period it ran in is registered there.
 */
export async function updateIntervention(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: UpdateInterventionInput & { id: string },
): Promise<InterventionRecord> {
  const { id, expectedVersion, ...changes } = input;
  const before = await lockForEdit(tx, tenantId, id, expectedVersion);
  const merged = { ...before, ...changes };
  throwIfProblems('intervention.invalid', crossFieldProblems(merged));
  if (changes.kind !== undefined && changes.kind !== before.kind) {
    const [figures] =
      await tx`select 1 from participant_figures where tenant_id = ${tenantId} and intervention_id = ${id} limit 1`;
    if (figures)
      throwIfProblems('intervention.invalid', [{ key: 'intervention.kindFixedByFigures', path: ['kind'] }]);
  }
  await checkFinsamFieldsUnlocked(tx, tenantId, before, changedFinsamFields(before, changes));
  await checkReferences(tx, tenantId, changes);
  await tx`
    update interventions set
      name = ${merged.name}, kind = ${merged.kind}, purpose = ${merged.purpose},
      target_group_ids = ${merged.targetGroupIds}, target_group_text = ${merged.targetGroupText},
      method_tag_ids = ${merged.methodTagIds}, free_tags = ${merged.freeTags},
      lead_member_id = ${merged.leadOrganisation.type === 'member' ? merged.leadOrganisation.memberId : null},
      participant_registration = ${merged.participantRegistration},
      start_date = ${merged.startDate}, end_date = ${merged.endDate}, local_group_id = ${merged.localGroupId},
      is_esf_funded = ${merged.isEsfFunded}, follow_up_method = ${merged.followUpMethod},
      detailed_direction = ${merged.detailedDirection},
      version = version + 1
    where tenant_id = ${tenantId} and id = ${id}`;
  if (changes.partnerMemberIds !== undefined) await writePartners(tx, tenantId, id, changes.partnerMemberIds);
  const after = await getInterventionRecord(tx, tenantId, id);
  const changed = Object.keys(changes) as (keyof typeof changes)[];
  await recordAudit(tx, {
    action: 'intervention.update',
    entity: 'intervention',
    entityId: id,
    before: Object.fromEntries(changed.map((key) => [key, before[key]])),
    after: Object.fromEntries(changed.map((key) => [key, after[key]])),
  });
  return after;
}
