import type { Sql } from '@samsyn/db';

/*
 * Test rows for the decisions register, written beneath row-level security (the superuser): a
 * body of its own (so the demo's board, once loaded, never mixes into a test's counts), meetings,
 * items and decisions. An approved meeting is inserted 'held', given its rows, then approved, as
 * the seeds do (the trigger locks it from then on).
 */

const one = async (rows: Promise<{ id: string }[]>) => {
  const [row] = await rows;
  if (!row) throw new Error('fixture insert returned no row');
  return row.id;
};

export async function tenantIdOf(sql: Sql, slug: string): Promise<string> {
  return one(sql`select id from tenants where slug = ${slug}`);
}

/** A body of the förbund named `name` (made if missing). */
export async function fixtureBody(sql: Sql, tenantId: string, name: string): Promise<string> {
  const [found] = await sql<{ id: string }[]>`
    select id from board_bodies where tenant_id = ${tenantId} and lower(name) = lower(${name})`;
  if (found) return found.id;
  return one(
    sql`insert into board_bodies (tenant_id, kind, name) values (${tenantId}, 'board', ${name}) returning id`,
  );
}

export async function fixtureMeeting(
  sql: Sql,
  tenantId: string,
  bodyId: string,
  date: string,
): Promise<string> {
  return one(sql`
    insert into board_meetings (tenant_id, body_id, meeting_date, place, status)
    values (${tenantId}, ${bodyId}, ${date}, 'Gävle', 'held') returning id`);
}

export async function fixtureItem(
  sql: Sql,
  tenantId: string,
  meetingId: string,
  item: { title: string; paragraph: number; planId?: string; interventionId?: string },
): Promise<string> {
  return one(sql`
    insert into board_agenda_items (tenant_id, meeting_id, position, title, paragraph, concerns_plan_id,
      concerns_intervention_id)
    values (${tenantId}, ${meetingId}, ${item.paragraph}, ${item.title}, ${item.paragraph}, ${item.planId ?? null},
      ${item.interventionId ?? null})
    returning id`);
}

export async function fixtureDecision(
  sql: Sql,
  tenantId: string,
  itemId: string,
  decision: { kind: string; title: string; text: string; correctsDecisionId?: string | null },
): Promise<string> {
  return one(sql`
    insert into board_decisions (tenant_id, item_id, kind, title, text, corrects_decision_id)
    values (${tenantId}, ${itemId}, ${decision.kind}, ${decision.title}, ${decision.text},
      ${decision.correctsDecisionId ?? null})
    returning id`);
}

export async function approveFixtureMeeting(sql: Sql, tenantId: string, meetingId: string, on: string) {
  await sql`
    update board_meetings set status = 'approved', minutes_approved_on = ${on}
    where tenant_id = ${tenantId} and id = ${meetingId}`;
}

/** One decision at a held meeting of `slug`'s body `bodyName` on `date`: its id and its item's. */
export async function fixtureDecisionAt(
  sql: Sql,
  slug: string,
  at: { bodyName: string; date: string; paragraph: number },
  decision: { kind: string; title: string; text: string; correctsDecisionId?: string | null },
) {
  const tenantId = await tenantIdOf(sql, slug);
  const bodyId = await fixtureBody(sql, tenantId, at.bodyName);
  const meetingId = await fixtureMeeting(sql, tenantId, bodyId, at.date);
  const itemId = await fixtureItem(sql, tenantId, meetingId, {
    title: decision.title,
    paragraph: at.paragraph,
  });
  const decisionId = await fixtureDecision(sql, tenantId, itemId, decision);
  return { tenantId, bodyId, meetingId, itemId, decisionId };
}
