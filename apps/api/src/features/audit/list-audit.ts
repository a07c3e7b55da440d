import type { Queryable } from '@samsyn/db';
import type { PlatformCtx, TenantCtx } from '../verb-context.ts';

/**
 * The förbund's log by area of work, by the kind of thing an entry is about: an area is what an
 * admin looks for ("what happened in the economy?"), and one action prefix cannot say it
 * (`budget.save` is both the economy's budget and an intervention's).
 */
export const auditAreaEntities = {
  economy: ['budget', 'balanceSheet', 'resultFigures', 'contributionPlan', 'actual', 'forecast'],
  interventions: ['intervention', 'goal', 'localGroup', 'finsamRegistration'],
  plan: ['plan', 'planGoal', 'planIndicator', 'planActivity', 'planFollowUp', 'planRisk', 'nnsResults'],
  board: [
    'boardBody',
    'boardPerson',
    'boardSeat',
    'boardSeatRule',
    'boardMeeting',
    'boardAgendaItem',
    'boardDocument',
    'boardAttendance',
    'boardConflict',
    'boardDecision',
  ],
  applications: [
    'application',
    'applicationChecklistPoint',
    'applicationCriterion',
    'applicationChecklistAnswer',
    'applicationReview',
    'applicationAttachment',
    'applicationAgreement',
    'applicationPayment',
    'applicationReport',
  ],
  reports: ['periodReport', 'periodReportSection', 'periodReportComment', 'periodReportNote'],
  administration: ['member', 'membership', 'invitation', 'settings', 'tenant', 'tenantLogo'],
} as const;
export type AuditArea = keyof typeof auditAreaEntities;
export const auditAreas = Object.keys(auditAreaEntities) as AuditArea[];

export interface AuditFilter {
  area?: AuditArea | undefined;
  action?: string | undefined;
  actorUserId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  before?: number | undefined;
  limit: number;
}

export interface AuditRow {
  id: number;
  occurredAt: string;
  actorUserId: string | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  /**
   * The name of what the entry is about, as it is named now (the intervention, member, user,
   * local group or förbund), so the log can say "Insatsen IPS Gävle: …"; null once it is deleted
   * (the entry's own before/after may still name it).
   */
  entityName: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

/**
 * Today's name of an entry's subject, by its kind; the förbund's rows only (row-level security too).
 * An attendance entry is about its meeting and a jäv entry about its agenda item (their entity ids),
 * so each is named as that meeting or item is.
 */
const tenantEntityName = (db: Queryable) => db`
  case case a.entity when 'boardAttendance' then 'boardMeeting' when 'boardConflict' then 'boardAgendaItem'
         else a.entity end
    when 'intervention' then (select i.name from interventions i
                              where i.tenant_id = a.tenant_id and i.id::text = a.entity_id)
    when 'goal' then (select i.name from intervention_goals g
                        join interventions i on i.tenant_id = g.tenant_id and i.id = g.intervention_id
                      where g.tenant_id = a.tenant_id and g.id::text = a.entity_id)
    when 'member' then (select m.name from members m where m.tenant_id = a.tenant_id and m.id::text = a.entity_id)
    when 'localGroup' then (select l.name from local_groups l
                            where l.tenant_id = a.tenant_id and l.id::text = a.entity_id)
    when 'membership' then (select x.name from users x where x.id::text = a.entity_id)
    when 'plan' then (select p.name from plans p where p.tenant_id = a.tenant_id and p.id::text = a.entity_id)
    when 'boardDecision' then (select d.title from board_decisions d
                               where d.tenant_id = a.tenant_id and d.id::text = a.entity_id)
    when 'boardMeeting' then (select b.name || ' ' || to_char(m.meeting_date, 'YYYY-MM-DD') from board_meetings m
                                join board_bodies b on b.tenant_id = m.tenant_id and b.id = m.body_id
                              where m.tenant_id = a.tenant_id and m.id::text = a.entity_id)
    when 'boardAgendaItem' then (select i.title from board_agenda_items i
                                 where i.tenant_id = a.tenant_id and i.id::text = a.entity_id)
    when 'boardDocument' then (select d.title from board_item_documents d
                               where d.tenant_id = a.tenant_id and d.id::text = a.entity_id)
    when 'boardBody' then (select b.name from board_bodies b where b.tenant_id = a.tenant_id and b.id::text = a.entity_id)
    when 'boardPerson' then (select p.name from board_people p
                             where p.tenant_id = a.tenant_id and p.id::text = a.entity_id)
    when 'boardSeat' then (select p.name || ', ' || b.name from board_seats s
                             join board_people p on p.tenant_id = s.tenant_id and p.id = s.person_id
                             join board_bodies b on b.tenant_id = s.tenant_id and b.id = s.body_id
                           where s.tenant_id = a.tenant_id and s.id::text = a.entity_id)
    when 'boardSeatRule' then (select b.name from board_seat_rules r
                                 join board_bodies b on b.tenant_id = r.tenant_id and b.id = r.body_id
                               where r.tenant_id = a.tenant_id and r.id::text = a.entity_id)
    when 'application' then (select x.title from applications x
                             where x.tenant_id = a.tenant_id and x.id::text = a.entity_id)
    when 'applicationAttachment' then (select f.title from application_attachments f
                                       where f.tenant_id = a.tenant_id and f.id::text = a.entity_id)
  end`;
const platformEntityName = (db: Queryable) => db`
  case a.entity
    when 'tenant' then (select t.name from tenants t where t.id::text = a.entity_id)
    when 'user' then (select x.name from users x where x.id::text = a.entity_id)
  end`;

/**
 * One page of an audit log, newest first, with keyset pagination (`before` = the last id seen).
 * `from`/`to` are whole days in Swedish time. The action filter matches a prefix ("member." finds
 * every member change).
 */
async function listLog(
  db: Queryable,
  table: 'audit_log' | 'platform_audit_log',
  scope: { tenantId: string | null },
  filter: AuditFilter,
): Promise<{ rows: AuditRow[]; nextBefore: number | null }> {
  const rows = await db<AuditRow[]>`
    select a.id::int as id,
           to_char(a.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "occurredAt",
           a.actor_user_id as "actorUserId", u.name as "actorName",
           a.action, a.entity, a.entity_id as "entityId",
           ${table === 'audit_log' ? tenantEntityName(db) : platformEntityName(db)} as "entityName",
           a.before, a.after, a.request_id as "requestId"
    from ${db(table)} a left join users u on u.id = a.actor_user_id
    where true
      ${scope.tenantId ? db`and a.tenant_id = ${scope.tenantId}` : db``}
      ${filter.area ? db`and a.entity = any(${[...auditAreaEntities[filter.area]]}::text[])` : db``}
      ${filter.action ? db`and a.action like ${`${filter.action.replace(/[%_\\]/g, '\\$&')}%`}` : db``}
      ${filter.actorUserId ? db`and a.actor_user_id = ${filter.actorUserId}` : db``}
      ${filter.from ? db`and a.occurred_at >= (${filter.from}::date)::timestamp at time zone 'Europe/Stockholm'` : db``}
      ${filter.to ? db`and a.occurred_at < (${filter.to}::date + 1)::timestamp at time zone 'Europe/Stockholm'` : db``}
      ${filter.before ? db`and a.id < ${filter.before}` : db``}
    order by a.id desc
    limit ${filter.limit + 1}`;
  const page = rows.slice(0, filter.limit);
  return { rows: page, nextBefore: rows.length > filter.limit ? (page.at(-1)?.id ?? null) : null };
}

/** The förbund's own audit log. Förbund admins; scoped by the tenant transaction and tenant_id. */
export const listTenantAudit = ({ tx, tenant }: TenantCtx, filter: AuditFilter) =>
  listLog(tx, 'audit_log', { tenantId: tenant.id }, filter);

/** Platform events (onboarding, status changes, logins). Platform admins. */
export const listPlatformAudit = ({ sql }: PlatformCtx, filter: AuditFilter) =>
  listLog(sql, 'platform_audit_log', { tenantId: null }, filter);
