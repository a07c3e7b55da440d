import { recordAudit } from '../audit.ts';
import type { TransactionSql } from '../client.ts';
import { enterScope } from '../scope.ts';
import type { DemoPeriodReport, DemoStaffRole } from './data/period-reports/demo-period-report-types.ts';
import { demoPeriodReports, demoReportSections } from './data/period-reports/demo-period-reports.ts';
import { demoStaffEmail } from './demo-data.ts';

/**
 * Loads the demo's period reports (./data/period-reports/) into 0026's tables: the report, its
 * template's sections with the written texts (text version 1 and its history row), assignees,
 * deadlines and comments, the notes, and — for a report marked ready — every section ready. Runs
 * inside `seedDemo`'s transaction after the plans (a report is written from one) and BEFORE the
 * board: the board's loader points the agenda item "Halvårsredovisning 2019" of 23 August 2019 at
 * the report while the minutes are still open (approved minutes are locked). Nothing is adopted:
 * adopting builds the snapshot in the API. Throws on a name the data does not resolve.
 */
export async function seedDemoPeriodReports(
  tx: TransactionSql,
  tenantIds: ReadonlyMap<string, string>,
): Promise<void> {
  for (const report of demoPeriodReports) {
    const tenantId = tenantIds.get(report.tenantSlug);
    if (!tenantId) throw new Error(`demo period reports: unknown förbund ${report.tenantSlug}`);
    await enterScope(tx, { tenantId });
    await seedReport(tx, tenantId, report);
  }
}

async function seedReport(tx: TransactionSql, tenantId: string, report: DemoPeriodReport): Promise<void> {
  const staff = await tx<{ email: string; id: string }[]>`
    select u.email, u.id from memberships m join users u on u.id = m.user_id
    where m.tenant_id = ${tenantId}`;
  const userId = (role: DemoStaffRole): string => {
    const email = demoStaffEmail(role, report.tenantSlug);
    const found = staff.find((row) => row.email === email);
    if (!found) throw new Error(`demo period reports: no user ${email}`);
    return found.id;
  };
  let planId: string | null = null;
  if (report.plan !== null) {
    const [plan] = await tx<{ id: string }[]>`
      select id from plans where tenant_id = ${tenantId} and name = ${report.plan}`;
    if (!plan) throw new Error(`demo period reports: ${report.tenantSlug} has no plan ${report.plan}`);
    planId = plan.id;
  }

  const [row] = await tx<{ id: string }[]>`
    insert into period_reports (tenant_id, kind, title, period_start, period_end, deadline, status, plan_id,
      created_by, created_at)
    values (${tenantId}, ${report.kind}, ${report.title}, ${report.periodStart}, ${report.periodEnd},
      ${report.deadline}, ${report.ready ? 'ready' : 'draft'}, ${planId}, ${userId(report.written.by)},
      ${report.written.at})
    returning id`;
  if (!row) throw new Error(`demo period reports: ${report.key} not created`);
  const reportId = row.id;

  const sections = demoReportSections(report);
  for (const [position, section] of sections.entries()) {
    const work = report.work[section.title] ?? {};
    const hasText = section.body.length > 0;
    const [sectionRow] = await tx<{ id: string }[]>`
      insert into period_report_sections (tenant_id, report_id, position, level, numbered, title, source, body,
        text_version, assignee_user_id, deadline, ready_at, ready_by)
      values (${tenantId}, ${reportId}, ${position}, ${section.level}, ${section.numbered}, ${section.title},
        ${section.source}, ${tx.json(section.body as never)}, ${hasText ? 1 : 0},
        ${work.assignee ? userId(work.assignee) : null}, ${work.deadline ?? null}, ${report.ready?.at ?? null},
        ${report.ready ? userId(report.ready.by) : null})
      returning id`;
    if (!sectionRow)
      throw new Error(`demo period reports: section ${section.title} of ${report.key} not created`);
    if (hasText)
      await tx`
        insert into period_report_section_texts (tenant_id, section_id, text_version, body, saved_by, saved_at)
        values (${tenantId}, ${sectionRow.id}, 1, ${tx.json(section.body as never)}, ${userId(report.written.by)},
          ${report.written.at})`;
    for (const comment of work.comments ?? []) {
      await tx`
        insert into period_report_comments (tenant_id, section_id, author_user_id, body, created_at)
        values (${tenantId}, ${sectionRow.id}, ${userId(comment.author)}, ${comment.body}, ${comment.at})`;
    }
  }

  for (const note of report.notes) {
    await tx`
      insert into period_report_notes (tenant_id, report_id, number, title, statement_line, lines)
      values (${tenantId}, ${reportId}, ${note.number}, ${note.title}, ${note.statementLine},
        ${tx.json(note.lines.map((line) => ({ ...line })) as never)})`;
  }

  await recordAudit(tx, {
    action: 'demo.seed',
    entity: 'periodReport',
    entityId: reportId,
    after: { title: report.title, sections: sections.length, notes: report.notes.length },
  });
}
