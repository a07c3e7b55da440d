import type { TransactionSql } from '@samsyn/db';
import { type DecisionKind, DomainError, type GrantOutcome } from '@samsyn/domain';

/** Another decision named beside this one: the one it corrects, or one that corrects it. */
export interface DecisionRef {
  id: string;
  title: string;
  bodyName: string;
  meetingId: string;
  meetingDate: string;
  paragraph: number | null;
}

/** What an item (and so its decision) is about: a plan, an intervention or an application, with today's name. */
export interface DecisionConcerns {
  kind: 'plan' | 'intervention' | 'application';
  id: string;
  name: string;
}

/** An agenda item with its meeting, as a decision's write needs it. */
export interface ItemOfDecision {
  itemId: string;
  itemTitle: string;
  meetingId: string;
  meetingDate: string;
  meetingStatus: 'planned' | 'held' | 'approved';
  bodyId: string;
  paragraph: number | null;
}

/**
 * A decision as the register, its page, the meeting page and the plan page read it: its item and
 * meeting with the body's name, then its own fields. Body, meeting, date and § are the item's and
 * its meeting's (0024 keeps them there, one truth).
 */
export interface DecisionRecord extends ItemOfDecision {
  id: string;
  bodyName: string;
  kind: DecisionKind;
  title: string;
  text: string;
  /** A grant decision on an application: bifall or avslag, and the amount granted (öre). */
  grantOutcome: GrantOutcome | null;
  grantedAmountOre: number | null;
  concerns: DecisionConcerns | null;
  corrects: DecisionRef | null;
  correctedBy: DecisionRef[];
  version: number;
  updatedAt: string;
}

/** The reference columns of the decision aliased `r` (its item `ri`, meeting `rm`, body `rb`). */
const refJson = (tx: TransactionSql) => tx`
  json_build_object('id', r.id, 'title', r.title, 'bodyName', rb.name, 'meetingId', rm.id,
    'meetingDate', to_char(rm.meeting_date, 'YYYY-MM-DD'), 'paragraph', ri.paragraph)`;
const refJoins = (tx: TransactionSql) => tx`
  join board_agenda_items ri on ri.tenant_id = r.tenant_id and ri.id = r.item_id
  join board_meetings rm on rm.tenant_id = ri.tenant_id and rm.id = ri.meeting_id
  join board_bodies rb on rb.tenant_id = rm.tenant_id and rb.id = rm.body_id`;

/**
 * The select list and joins of a decision `d` with its item `i`, meeting `m` and body `b`; the
 * caller adds its own where, order and limit. Each row carries what it concerns, what it corrects
 * and every decision that corrects it. `extra`: more columns first, each followed by a comma.
 */
export const decisionSelect = (tx: TransactionSql, extra = tx``) => tx`
  select ${extra} d.id, d.item_id as "itemId", i.title as "itemTitle", m.id as "meetingId",
    to_char(m.meeting_date, 'YYYY-MM-DD') as "meetingDate", m.status as "meetingStatus",
    b.id as "bodyId", b.name as "bodyName", i.paragraph, d.kind, d.title, d.text, d.grant_outcome as "grantOutcome",
    d.granted_amount_ore::float8 as "grantedAmountOre",
    case
      when i.concerns_plan_id is not null then (
        select json_build_object('kind', 'plan', 'id', p.id, 'name', p.name) from plans p
        where p.tenant_id = i.tenant_id and p.id = i.concerns_plan_id)
      when i.concerns_intervention_id is not null then (
        select json_build_object('kind', 'intervention', 'id', x.id, 'name', x.name) from interventions x
        where x.tenant_id = i.tenant_id and x.id = i.concerns_intervention_id)
      when i.concerns_application_id is not null then (
        select json_build_object('kind', 'application', 'id', a.id, 'name', a.title) from applications a
        where a.tenant_id = i.tenant_id and a.id = i.concerns_application_id)
    end as concerns,
    (select ${refJson(tx)} from board_decisions r ${refJoins(tx)}
      where r.tenant_id = d.tenant_id and r.id = d.corrects_decision_id) as corrects,
    coalesce((select json_agg(${refJson(tx)} order by rm.meeting_date, ri.paragraph, r.id)
      from board_decisions r ${refJoins(tx)}
      where r.tenant_id = d.tenant_id and r.corrects_decision_id = d.id), '[]'::json) as "correctedBy",
    d.version, d.updated_at::text as "updatedAt"
  from board_decisions d
  join board_agenda_items i on i.tenant_id = d.tenant_id and i.id = d.item_id
  join board_meetings m on m.tenant_id = i.tenant_id and m.id = i.meeting_id
  join board_bodies b on b.tenant_id = m.tenant_id and b.id = m.body_id`;

/** One decision of the förbund; NOT_FOUND for an unknown id or another förbund's. */
export async function getDecisionRecord(
  tx: TransactionSql,
  tenantId: string,
  decisionId: string,
): Promise<DecisionRecord> {
  const [row] = await tx<DecisionRecord[]>`
    ${decisionSelect(tx)} where d.tenant_id = ${tenantId} and d.id = ${decisionId}`;
  if (!row) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'boardDecision' });
  return row;
}

/**
 * The item and its meeting, the meeting row held FOR SHARE so approving the minutes waits until this
 * write commits (and then sees its decision), and refused first with `board.minutesApproved` when the
 * minutes are approved: the trigger is only the backstop.
 */
export async function itemOpenForDecision(
  tx: TransactionSql,
  tenantId: string,
  itemId: string,
): Promise<ItemOfDecision> {
  const [item] = await tx<ItemOfDecision[]>`
    select i.id as "itemId", i.title as "itemTitle", m.id as "meetingId",
      to_char(m.meeting_date, 'YYYY-MM-DD') as "meetingDate", m.status as "meetingStatus", m.body_id as "bodyId",
      i.paragraph
    from board_agenda_items i
    join board_meetings m on m.tenant_id = i.tenant_id and m.id = i.meeting_id
    where i.tenant_id = ${tenantId} and i.id = ${itemId}
    for share of m`;
  if (!item) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'boardAgendaItem' });
  if (item.meetingStatus === 'approved') throw new DomainError('CONFLICT', 'board.minutesApproved');
  return item;
}
