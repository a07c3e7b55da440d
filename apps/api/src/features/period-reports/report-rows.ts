import type { TransactionSql } from '@samsyn/db';
import {
  DomainError,
  type ReportKind,
  type ReportStatus,
  reportWriteRefusal,
  type SectionOutline,
  statusAfterSectionChange,
  ValidationFailed,
} from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';

/** An instant as the API sends it: ISO 8601 in UTC. */
export const utcInstant = 'YYYY-MM-DD"T"HH24:MI:SS"Z"';

/** A report's own row as every report verb reads it. */
export interface ReportRow {
  id: string;
  kind: ReportKind;
  title: string;
  periodStart: string;
  periodEnd: string;
  deadline: string | null;
  status: ReportStatus;
  planId: string | null;
  copiedFromReportId: string | null;
  adoptedDecisionId: string | null;
  adoptedOn: string | null;
  version: number;
}

/** The report's own facts, as its verbs lock and check them. */
export type LockedReport = ReportRow;

/** A section's own facts, as the overview lists them and the section verbs lock and check them. */
export interface SectionFacts extends SectionOutline {
  id: string;
  position: number;
  textVersion: number;
  readyAt: string | null;
  version: number;
}

/** A section and the status of its report, as the section verbs lock and check them. */
export interface LockedSection extends SectionFacts {
  reportId: string;
  reportStatus: ReportStatus;
}

/** A report's row, locked for a write (`lock`) or not; NOT_FOUND when the förbund has none such. */
async function readReportRow({ tx, tenant }: TenantCtx, reportId: string, lock: boolean): Promise<ReportRow> {
  const [report] = await tx<ReportRow[]>`
    select id, kind, title, to_char(period_start, 'YYYY-MM-DD') as "periodStart",
      to_char(period_end, 'YYYY-MM-DD') as "periodEnd", to_char(deadline, 'YYYY-MM-DD') as deadline,
      status, plan_id as "planId", copied_from_report_id as "copiedFromReportId",
      adopted_decision_id as "adoptedDecisionId", to_char(adopted_on, 'YYYY-MM-DD') as "adoptedOn", version
    from period_reports where tenant_id = ${tenant.id} and id = ${reportId} ${lock ? tx`for update` : tx``}`;
  if (!report) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'periodReport' });
  return report;
}

/** The report, or NOT_FOUND (another förbund's id looks exactly like a missing one). */
export const loadReport = (ctx: TenantCtx, reportId: string): Promise<ReportRow> =>
  readReportRow(ctx, reportId, false);

/** Locks a report's row (writes to one report take turns); NOT_FOUND when the förbund has none such. */
export const lockReportRow = (ctx: TenantCtx, reportId: string): Promise<LockedReport> =>
  readReportRow(ctx, reportId, true);

/**
 * Locks a report for a write: NOT_FOUND when the förbund has no such report, CONFLICT
 * `conflict.stale` when the editor's version is old. Whatever its status (the status verbs decide).
 */
export async function lockReport(
  ctx: TenantCtx,
  reportId: string,
  expectedVersion: number,
): Promise<LockedReport> {
  const report = await lockReportRow(ctx, reportId);
  if (report.version !== expectedVersion)
    throw new DomainError('CONFLICT', 'conflict.stale', { entity: 'periodReport' });
  return report;
}

/** `lockReport`, and refused once the report is adopted. */
export async function lockEditableReport(
  ctx: TenantCtx,
  reportId: string,
  expectedVersion: number,
): Promise<LockedReport> {
  const report = await lockReport(ctx, reportId, expectedVersion);
  const refusal = reportWriteRefusal(report.status);
  if (refusal) throw new DomainError('CONFLICT', refusal);
  return report;
}

/**
 * Locks a section and its report (a section's change may move the report back to draft): NOT_FOUND,
 * CONFLICT `conflict.stale` on an old version, CONFLICT `periodReport.adopted` once adopted.
 */
export async function lockSection(
  { tx, tenant }: TenantCtx,
  sectionId: string,
  expectedVersion: number,
): Promise<LockedSection> {
  const [section] = await tx<LockedSection[]>`
    select s.id, s.report_id as "reportId", r.status as "reportStatus", s.position, s.level, s.numbered,
      s.title, s.source, s.custom, s.enabled, s.text_version as "textVersion",
      to_char(s.ready_at at time zone 'UTC', ${utcInstant}) as "readyAt", s.version
    from period_report_sections s
    join period_reports r on r.tenant_id = s.tenant_id and r.id = s.report_id
    where s.tenant_id = ${tenant.id} and s.id = ${sectionId}
    for update of s, r`;
  if (!section) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'periodReportSection' });
  if (section.version !== expectedVersion)
    throw new DomainError('CONFLICT', 'conflict.stale', { entity: 'periodReportSection' });
  const refusal = reportWriteRefusal(section.reportStatus);
  if (refusal) throw new DomainError('CONFLICT', refusal);
  return section;
}

/** The report's sections in order (ids only), for moving and renumbering. */
export async function sectionOrder(
  tx: TransactionSql,
  tenantId: string,
  reportId: string,
): Promise<string[]> {
  const rows = await tx<{ id: string }[]>`
    select id from period_report_sections where tenant_id = ${tenantId} and report_id = ${reportId}
    order by position, created_at, id`;
  return rows.map((row) => row.id);
}

/** Positions 0, 1, 2 … in the order given, so positions stay distinct after an insert or a move. */
export async function setSectionOrder(
  tx: TransactionSql,
  tenantId: string,
  reportId: string,
  order: readonly string[],
): Promise<void> {
  await tx`
    update period_report_sections s set position = o.position - 1
    from unnest(${tx.array([...order])}::uuid[]) with ordinality as o(id, position)
    where s.tenant_id = ${tenantId} and s.report_id = ${reportId} and s.id = o.id
      and s.position <> o.position - 1`;
}

/**
 * After a section's text or structure changed: a report marked ready goes back to draft (what
 * was declared ready is no longer what it holds), its version moving on. Answers whether it did.
 */
export async function reportBackToDraft(
  tx: TransactionSql,
  tenantId: string,
  reportId: string,
  status: ReportStatus,
): Promise<boolean> {
  if (statusAfterSectionChange(status) === status) return false;
  await tx`
    update period_reports set status = 'draft', version = version + 1
    where tenant_id = ${tenantId} and id = ${reportId}`;
  return true;
}

/**
 * After a section was added or removed: positions 0, 1, 2 … in the new order, and a report marked
 * ready back to draft (`reportBackToDraft`). Answers whether it went back.
 */
export async function reorderAfterSectionChange(
  tx: TransactionSql,
  tenantId: string,
  reportId: string,
  order: readonly string[],
  status: ReportStatus,
): Promise<boolean> {
  await setSectionOrder(tx, tenantId, reportId, order);
  return reportBackToDraft(tx, tenantId, reportId, status);
}

/** A plan named must be the förbund's: refused beside the field otherwise. */
export async function assertPlan(tx: TransactionSql, tenantId: string, planId: string | null): Promise<void> {
  if (planId === null) return;
  const [plan] = await tx`select 1 from plans where tenant_id = ${tenantId} and id = ${planId}`;
  if (!plan)
    throw new ValidationFailed('periodReport.planNotFound', [
      { key: 'periodReport.planNotFound', path: ['planId'] },
    ]);
}
