import { randomUUID } from 'node:crypto';
import { recordAudit } from '@samsyn/db';
import type { CreateInterventionInput } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { checkReferences, insertPartners, today } from './intervention-writes.ts';
import { getInterventionRecord, type InterventionRecord } from './records/intervention-record.ts';

/**
 * Registers an intervention with its first status in the history. Editors and admins.
 * The id is chosen here so that the row, its partners, its first status, the audit entry and the
 * read-back go to the database as one pipelined batch: one round trip instead of five. Each query
 * is started (`execute`) in the order the statements must run; PostgreSQL runs a connection's
 * statements in the order they arrive.
 */
export async function createIntervention(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: CreateInterventionInput,
): Promise<InterventionRecord> {
  await checkReferences(tx, tenantId, input);
  const id = randomUUID();
  const writes = [
    tx`
      insert into interventions (id, tenant_id, name, kind, purpose, target_group_ids, target_group_text,
        method_tag_ids, free_tags, lead_member_id, participant_registration, start_date, end_date, status,
        local_group_id, is_esf_funded, follow_up_method, detailed_direction)
      values (${id}, ${tenantId}, ${input.name}, ${input.kind}, ${input.purpose}, ${input.targetGroupIds},
        ${input.targetGroupText}, ${input.methodTagIds}, ${input.freeTags},
        ${input.leadOrganisation.type === 'member' ? input.leadOrganisation.memberId : null},
        ${input.participantRegistration}, ${input.startDate}, ${input.endDate}, ${input.status},
        ${input.localGroupId}, ${input.isEsfFunded}, ${input.followUpMethod}, ${input.detailedDirection})`.execute(),
    input.partnerMemberIds.length > 0
      ? insertPartners(tx, tenantId, id, input.partnerMemberIds).execute()
      : null,
    tx`
      insert into intervention_status_changes (tenant_id, intervention_id, from_status, to_status, effective_date, changed_by)
      values (${tenantId}, ${id}, null, ${input.status}, ${input.startDate ?? today()}, current_user_id())`.execute(),
    recordAudit(tx, { action: 'intervention.create', entity: 'intervention', entityId: id, after: input }),
  ];
  const [record] = await Promise.all([getInterventionRecord(tx, tenantId, id), ...writes]);
  return record;
}
