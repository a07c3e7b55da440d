import { recordAudit, type TransactionSql } from '@samsyn/db';
import {
  type CopiedNote,
  type CopiedSection,
  type CreateReportInput,
  DomainError,
  defaultReportTitle,
  type ReportKind,
  startingContent,
} from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { assertPlan } from './report-rows.ts';

/**
 * Starts a report of a kind for a period, as a draft: with the structure and texts of the
 * förbund's last report of the kind (own and switched-off sections, written texts, the notes with
 * last period's figures as "previous"), or with the kind's template. Each copied text starts the
 * new section's history (text version 1). The plan, unless given, is the one whose years cover
 * the period's first year. The same kind and period twice: CONFLICT `periodReport.duplicate`. Editors.
 */
export async function createReport(ctx: TenantCtx, input: CreateReportInput): Promise<{ reportId: string }> {
  const { tx, tenant, actor } = ctx;
  const [existing] = await tx`
    select 1 from period_reports where tenant_id = ${tenant.id} and kind = ${input.kind}
      and period_start = ${input.periodStart} and period_end = ${input.periodEnd}`;
  if (existing) throw new DomainError('CONFLICT', 'periodReport.duplicate');
  const planId = await planOf(tx, tenant.id, input);
  const last = await lastReportOf(tx, tenant.id, input.kind, input.periodStart);
  const content = startingContent(input.kind, last);
  const title = input.title ?? defaultReportTitle(input.kind, input);
  const [report] = await tx<{ id: string }[]>`
    insert into period_reports (tenant_id, kind, title, period_start, period_end, deadline, plan_id,
                                copied_from_report_id, created_by)
    values (${tenant.id}, ${input.kind}, ${title}, ${input.periodStart}, ${input.periodEnd},
            ${input.deadline ?? null}, ${planId}, ${last?.id ?? null}, ${actor.userId})
    returning id`;
  if (!report) throw new Error('period report insert returned no row');
  await insertSections(tx, tenant.id, report.id, content.sections, actor.userId);
  await insertNotes(tx, tenant.id, report.id, content.notes);
  await recordAudit(tx, {
    action: 'periodReport.create',
    entity: 'periodReport',
    entityId: report.id,
    after: {
      kind: input.kind,
      title,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      deadline: input.deadline ?? null,
      planId,
      copiedFromReportId: last?.id ?? null,
      sectionCount: content.sections.length,
    },
  });
  return { reportId: report.id };
}

/** The plan given (it must be the förbund's), none when null, or the plan in force in the first year. */
async function planOf(
  tx: TransactionSql,
  tenantId: string,
  input: { periodStart: string; planId?: string | null | undefined },
): Promise<string | null> {
  if (input.planId === null) return null;
  if (input.planId !== undefined) {
    await assertPlan(tx, tenantId, input.planId);
    return input.planId;
  }
  const year = Number(input.periodStart.slice(0, 4));
  const [plan] = await tx<{ id: string }[]>`
    select id from plans where tenant_id = ${tenantId} and first_year <= ${year} and last_year >= ${year}
    order by status = 'adopted' desc, first_year desc, created_at desc limit 1`;
  return plan?.id ?? null;
}

/**
 * The report a new one copies: the latest of the kind before the new period, else the latest of
 * the kind at all (a förbund entering an older report still starts from its newest structure).
 */
async function lastReportOf(
  tx: TransactionSql,
  tenantId: string,
  kind: ReportKind,
  periodStart: string,
): Promise<{ id: string; sections: CopiedSection[]; notes: CopiedNote[] } | null> {
  const [last] = await tx<{ id: string }[]>`
    select id from period_reports where tenant_id = ${tenantId} and kind = ${kind}
    order by period_start < ${periodStart} desc, period_start desc, period_end desc, created_at desc limit 1`;
  if (!last) return null;
  const sections = await tx<CopiedSection[]>`
    select level, numbered, title, source, custom, enabled, body from period_report_sections
    where tenant_id = ${tenantId} and report_id = ${last.id} order by position, created_at, id`;
  const notes = await tx<CopiedNote[]>`
    select number, title, statement_line as "statementLine", lines from period_report_notes
    where tenant_id = ${tenantId} and report_id = ${last.id} order by number`;
  return { id: last.id, sections, notes };
}

async function insertSections(
  tx: TransactionSql,
  tenantId: string,
  reportId: string,
  sections: readonly CopiedSection[],
  userId: string,
): Promise<void> {
  const rows = sections.map((section, position) => ({ ...section, position }));
  await tx`
    insert into period_report_sections (tenant_id, report_id, position, level, numbered, title, source, custom,
                                        enabled, body, text_version)
    select ${tenantId}, ${reportId}, s.position, s.level, s.numbered, s.title, s.source, s.custom, s.enabled,
      s.body, case when jsonb_array_length(s.body) > 0 then 1 else 0 end
    from jsonb_to_recordset(${tx.json(rows as never)}) as s(position smallint, level smallint, numbered boolean,
      title text, source text, custom boolean, enabled boolean, body jsonb)`;
  // Each copied text is the first version of the new section's text.
  await tx`
    insert into period_report_section_texts (tenant_id, section_id, text_version, body, saved_by)
    select tenant_id, id, 1, body, ${userId} from period_report_sections
    where tenant_id = ${tenantId} and report_id = ${reportId} and text_version = 1`;
}

async function insertNotes(
  tx: TransactionSql,
  tenantId: string,
  reportId: string,
  notes: readonly CopiedNote[],
): Promise<void> {
  if (notes.length === 0) return;
  await tx`
    insert into period_report_notes (tenant_id, report_id, number, title, statement_line, lines)
    select ${tenantId}, ${reportId}, n.number, n.title, n."statementLine", n.lines
    from jsonb_to_recordset(${tx.json(notes as never)}) as n(number smallint, title text, "statementLine" text,
      lines jsonb)`;
}
