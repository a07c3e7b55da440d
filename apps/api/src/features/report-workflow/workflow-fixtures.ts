import type { Sql } from '@samsyn/db';

/*
 * Test rows for the workflow, written beneath row-level security (the superuser): a report of its
 * own (a kind and period the demo does not use), its sections, and a board decision at a meeting
 * of a body of the tests' own, optionally on an agenda item about the report.
 */

const one = async (rows: Promise<{ id: string }[]>) => {
  const [row] = await rows;
  if (!row) throw new Error('fixture insert returned no row');
  return row.id;
};

export async function fixtureReport(
  sql: Sql,
  tenantId: string,
  report: { kind: string; title: string; periodStart: string; periodEnd: string; status?: string },
): Promise<string> {
  return one(sql`
    insert into period_reports (tenant_id, kind, title, period_start, period_end, status)
    values (${tenantId}, ${report.kind}, ${report.title}, ${report.periodStart}, ${report.periodEnd},
      ${report.status ?? 'draft'})
    returning id`);
}

export async function fixtureSection(
  sql: Sql,
  tenantId: string,
  reportId: string,
  section: { position: number; level: 1 | 2; title: string; source?: string | null; text?: string },
): Promise<string> {
  const body = section.text === undefined ? [] : [{ type: 'paragraph', runs: [{ text: section.text }] }];
  return one(sql`
    insert into period_report_sections (tenant_id, report_id, position, level, title, source, body, text_version)
    values (${tenantId}, ${reportId}, ${section.position}, ${section.level}, ${section.title},
      ${section.source ?? null}, ${sql.json(body)}, ${section.text === undefined ? 0 : 1})
    returning id`);
}

/** A decision of `kind` at a held meeting on `date`, its item about `reportId` when given. */
export async function fixtureReportDecision(
  sql: Sql,
  tenantId: string,
  at: { date: string; paragraph: number; kind: string; reportId?: string },
): Promise<string> {
  const [body] = await sql<{ id: string }[]>`
    select id from board_bodies where tenant_id = ${tenantId} and name = 'Rapporttesternas styrelse'`;
  const bodyId =
    body?.id ??
    (await one(sql`
      insert into board_bodies (tenant_id, kind, name)
      values (${tenantId}, 'board', 'Rapporttesternas styrelse') returning id`));
  const meetingId = await one(sql`
    insert into board_meetings (tenant_id, body_id, meeting_date, place, status)
    values (${tenantId}, ${bodyId}, ${at.date}, 'Gävle', 'held') returning id`);
  const itemId = await one(sql`
    insert into board_agenda_items (tenant_id, meeting_id, position, title, paragraph, concerns_report_id)
    values (${tenantId}, ${meetingId}, 1, 'Rapport', ${at.paragraph}, ${at.reportId ?? null}) returning id`);
  return one(sql`
    insert into board_decisions (tenant_id, item_id, kind, title, text)
    values (${tenantId}, ${itemId}, ${at.kind}, 'Fastställande av rapporten',
      'Styrelsen fastställer rapporten.') returning id`);
}
