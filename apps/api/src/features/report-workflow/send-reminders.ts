import { recordAudit, type TransactionSql } from '@samsyn/db';
import {
  addDays,
  REMINDER_DAYS_BEFORE,
  type SendRemindersInput,
  sectionNumbers,
  todayInSweden,
} from '@samsyn/domain';
import { queueMail } from '../../mail/outbox.ts';
import type { LinkOrigin, TenantCtx, VerbTenant } from '../verb-context.ts';
import { reminderMail } from './reminder-mail.ts';

interface DueSection {
  id: string;
  reportId: string;
  reportTitle: string;
  title: string;
  deadline: string;
  email: string;
  name: string;
}

/** Where a reminder's link points: the section's page. */
export const sectionLink = (origin: string, slug: string, reportId: string, sectionId: string) =>
  `${origin}/f/${slug}/rapporter/${reportId}/avsnitt/${sectionId}`;

/**
 * Mails (through the outbox, in this transaction) the assignee of every enabled section not ready
 * whose deadline is at most seven days away or past, in reports not adopted, once per section and
 * deadline (period_report_reminders; a moved deadline is reminded again). The assignee must still
 * be an active editor or admin. Audits `periodReport.remind` per report. `tx` must be bound to
 * `tenant.id`; the sweep over every förbund (CLI, timer) calls this once per förbund.
 */
export async function remindDueSections(
  tx: TransactionSql,
  tenant: Pick<VerbTenant, 'id' | 'slug' | 'name'>,
  options: { publicOrigin: string; today: string; reportId?: string | undefined },
): Promise<number> {
  const due = await tx<DueSection[]>`
    select s.id, s.report_id as "reportId", r.title as "reportTitle", s.title,
      to_char(s.deadline, 'YYYY-MM-DD') as deadline, u.email, u.name
    from period_report_sections s
    join period_reports r on r.tenant_id = s.tenant_id and r.id = s.report_id
    join memberships m on m.tenant_id = s.tenant_id and m.user_id = s.assignee_user_id
    join users u on u.id = m.user_id
    where s.tenant_id = ${tenant.id} and s.enabled and s.ready_at is null and r.status <> 'adopted'
      ${options.reportId === undefined ? tx`` : tx`and s.report_id = ${options.reportId}`}
      and s.deadline is not null and s.deadline <= ${addDays(options.today, REMINDER_DAYS_BEFORE)}
      and m.is_active and u.is_active and m.role in ('editor', 'admin')
      and not exists (
        select 1 from period_report_reminders p
        where p.tenant_id = s.tenant_id and p.section_id = s.id and p.deadline = s.deadline)
    order by r.period_start, s.position
    for update of s`;
  if (due.length === 0) return 0;
  const numbers = await numbersOf(tx, tenant.id, [...new Set(due.map((section) => section.reportId))]);
  const sentByReport = new Map<string, string[]>();
  for (const section of due) {
    // Two sweeps at once (the timer of two replicas): only the one whose row lands mails.
    const [claimed] = await tx`
      insert into period_report_reminders (tenant_id, section_id, deadline)
      values (${tenant.id}, ${section.id}, ${section.deadline}) on conflict do nothing returning section_id`;
    if (!claimed) continue;
    await queueMail(tx, {
      to: section.email,
      subjectTenantId: tenant.id,
      scope: 'tenant',
      ...reminderMail({
        assigneeName: section.name,
        tenantName: tenant.name,
        reportTitle: section.reportTitle,
        sectionNumber: numbers.get(section.id) ?? '',
        sectionTitle: section.title,
        deadline: section.deadline,
        today: options.today,
        link: sectionLink(options.publicOrigin, tenant.slug, section.reportId, section.id),
      }),
    });
    sentByReport.set(section.reportId, [...(sentByReport.get(section.reportId) ?? []), section.id]);
  }
  for (const [reportId, sectionIds] of sentByReport)
    await recordAudit(tx, {
      action: 'periodReport.remind',
      entity: 'periodReport',
      entityId: reportId,
      after: { sectionIds },
    });
  return [...sentByReport.values()].reduce((sum, ids) => sum + ids.length, 0);
}

/** Each section's number in its report, as the document numbers it (enabled sections in order). */
async function numbersOf(tx: TransactionSql, tenantId: string, reportIds: string[]) {
  const sections = await tx<{ id: string; reportId: string; level: 1 | 2; numbered: boolean }[]>`
    select id, report_id as "reportId", level, numbered from period_report_sections
    where tenant_id = ${tenantId} and report_id = any(${reportIds}::uuid[]) and enabled
    order by report_id, position, created_at`;
  const numbers = new Map<string, string>();
  for (const reportId of reportIds) {
    const ofReport = sections.filter((section) => section.reportId === reportId);
    sectionNumbers(ofReport).forEach((number, index) => {
      const section = ofReport[index];
      if (section) numbers.set(section.id, number);
    });
  }
  return numbers;
}

/** `reportWorkflow.sendReminders`: the reminders due now in the caller's förbund (or one report of it). Admins. */
export async function sendReminders(
  ctx: TenantCtx & LinkOrigin,
  input: SendRemindersInput,
): Promise<{ sent: number }> {
  const sent = await remindDueSections(ctx.tx, ctx.tenant, {
    publicOrigin: ctx.publicOrigin,
    today: todayInSweden(),
    reportId: input.reportId,
  });
  return { sent };
}
