import type { TransactionSql } from '@samsyn/db';
import {
  DomainError,
  type FollowUpMethod,
  type Intervention,
  type InterventionKind,
  type InterventionStatus,
  type MethodTagId,
  type ParticipantRegistration,
  type TargetGroupId,
} from '@samsyn/domain';

/** An intervention as the API hands it out: the domain's fields plus bookkeeping. */
export interface InterventionRecord extends Intervention {
  version: number;
  archivedAt: string | null;
  isDemoEstimate: boolean;
  estimatedFields: string[];
  createdAt: string;
  updatedAt: string;
}

interface InterventionRow {
  id: string;
  name: string;
  kind: InterventionKind;
  purpose: string;
  targetGroupIds: TargetGroupId[];
  targetGroupText: string;
  methodTagIds: MethodTagId[];
  freeTags: string[];
  leadMemberId: string | null;
  partnerMemberIds: string[];
  startDate: string | null;
  endDate: string | null;
  status: InterventionStatus;
  participantRegistration: ParticipantRegistration;
  localGroupId: string | null;
  isEsfFunded: boolean;
  followUpMethod: FollowUpMethod | null;
  detailedDirection: string;
  archivedAt: string | null;
  isDemoEstimate: boolean;
  estimatedFields: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

const toRecord = ({ leadMemberId, ...row }: InterventionRow): InterventionRecord => ({
  ...row,
  leadOrganisation: leadMemberId === null ? { type: 'forbund' } : { type: 'member', memberId: leadMemberId },
});

/** The förbund's interventions (one or all), with partners in their order. */
export async function selectInterventions(
  tx: TransactionSql,
  tenantId: string,
  filter: { id?: string; includeArchived?: boolean } = {},
): Promise<InterventionRecord[]> {
  const rows = await tx<InterventionRow[]>`
    select i.id, i.name, i.kind, i.purpose, i.target_group_ids as "targetGroupIds",
           i.target_group_text as "targetGroupText", i.method_tag_ids as "methodTagIds", i.free_tags as "freeTags",
           i.lead_member_id as "leadMemberId",
           array(select p.member_id from intervention_partners p
                 where p.tenant_id = i.tenant_id and p.intervention_id = i.id order by p.position) as "partnerMemberIds",
           to_char(i.start_date, 'YYYY-MM-DD') as "startDate", to_char(i.end_date, 'YYYY-MM-DD') as "endDate",
           i.status, i.participant_registration as "participantRegistration", i.local_group_id as "localGroupId",
           i.is_esf_funded as "isEsfFunded", i.follow_up_method as "followUpMethod",
           i.detailed_direction as "detailedDirection",
           i.archived_at::text as "archivedAt", i.is_demo_estimate as "isDemoEstimate",
           i.estimated_fields as "estimatedFields", i.version,
           i.created_at::text as "createdAt", i.updated_at::text as "updatedAt"
    from interventions i
    where i.tenant_id = ${tenantId}
      ${filter.id === undefined ? tx`` : tx`and i.id = ${filter.id}`}
      ${filter.includeArchived ? tx`` : tx`and i.archived_at is null`}
    order by i.name, i.id`;
  return rows.map(toRecord);
}

/** One intervention of the förbund, archived or not; NOT_FOUND when it has none with that id. */
export async function getInterventionRecord(
  tx: TransactionSql,
  tenantId: string,
  id: string,
): Promise<InterventionRecord> {
  const [record] = await selectInterventions(tx, tenantId, { id, includeArchived: true });
  if (!record) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'intervention' });
  return record;
}

/** Locks the intervention row for the rest of the transaction (writes to its parts serialise on it). */
export async function lockIntervention(
  tx: TransactionSql,
  tenantId: string,
  id: string,
  options: { forUpdate: boolean } = { forUpdate: true },
): Promise<{ kind: InterventionKind; version: number; archivedAt: string | null }> {
  const [row] = await tx<{ kind: InterventionKind; version: number; archivedAt: string | null }[]>`
    select kind, version, archived_at::text as "archivedAt" from interventions
    where tenant_id = ${tenantId} and id = ${id} ${options.forUpdate ? tx`for update` : tx``}`;
  if (!row) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'intervention' });
  return row;
}

/** Refuses changes to an archived intervention: restore it first. */
export function assertNotArchived(row: { archivedAt: string | null }): void {
  if (row.archivedAt !== null) throw new DomainError('CONFLICT', 'intervention.archived');
}

/** Problems for member ids that are not members of this förbund, at the given field path. */
export async function unknownMemberProblems(
  tx: TransactionSql,
  tenantId: string,
  ids: readonly { id: string; path: (string | number)[] }[],
  key: string,
): Promise<{ key: string; path: (string | number)[] }[]> {
  if (ids.length === 0) return [];
  const found = await tx<{ id: string }[]>`
    select id from members where tenant_id = ${tenantId} and id = any(${ids.map((item) => item.id)}::uuid[])`;
  const known = new Set(found.map((row) => row.id));
  return ids.filter((item) => !known.has(item.id)).map((item) => ({ key, path: item.path }));
}
