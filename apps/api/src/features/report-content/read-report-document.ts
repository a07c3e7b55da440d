import {
  type Block,
  type DocumentSection,
  DomainError,
  type ReportDocument,
  type ReportFrame,
  type ReportSource,
  sectionNumbers,
} from '@samsyn/domain';
import { loadReport } from '../period-reports/report-rows.ts';
import type { TenantCtx } from '../verb-context.ts';
import { frameOf } from './report-frame.ts';
import { sourceReaders } from './sources/index.ts';

export type DocumentVersion = 'live' | 'adopted';

interface SectionRow {
  id: string;
  level: 1 | 2;
  numbered: boolean;
  title: string;
  source: ReportSource | null;
  body: Block[];
  enabled: boolean;
}

/**
 * The report as a document. 'live': built now from the förbund's data (every generator runs) and
 * the sections' current texts. 'adopted': the snapshot frozen at "Fastställ", read back as stored —
 * never recomputed — or NOT_FOUND (`reportContent.notAdopted`) before adoption. Any member.
 */
export async function readReportDocument(
  ctx: TenantCtx,
  input: { reportId: string; version: DocumentVersion },
): Promise<ReportDocument> {
  if (input.version === 'adopted') return readSnapshot(ctx, input.reportId);
  return buildLiveDocument(ctx, input.reportId);
}

/** Builds the live document (also what "Fastställ" freezes, inside its own transaction). */
export async function buildLiveDocument(ctx: TenantCtx, reportId: string): Promise<ReportDocument> {
  const report = await loadReport(ctx, reportId);
  const frame = frameOf(ctx, report);
  const [allSections, decisionLabel] = await Promise.all([
    readSections(ctx, reportId),
    readDecisionLabel(ctx, report.adoptedDecisionId),
  ]);
  const sections = allSections.filter((section) => section.enabled);
  const numbers = sectionNumbers(sections);
  // Generators run one after another: they share the transaction's one connection anyway, and a
  // report has at most a few dozen sections.
  const documentSections: DocumentSection[] = [];
  for (const [index, section] of sections.entries())
    documentSections.push(await toDocumentSection(ctx, frame, section, numbers[index] ?? ''));
  return {
    reportId: report.id,
    kind: report.kind,
    title: report.title,
    tenantName: ctx.tenant.name,
    periodStart: report.periodStart,
    periodEnd: report.periodEnd,
    status: report.status,
    adoptedOn: report.adoptedOn,
    decisionLabel,
    sections: documentSections,
    builtAt: new Date().toISOString(),
  };
}

/** One section of the live document (the section page's preview), numbered as in the whole. */
export async function readReportSection(
  ctx: TenantCtx,
  input: { reportId: string; sectionId: string },
): Promise<DocumentSection> {
  const report = await loadReport(ctx, input.reportId);
  const sections = await readSections(ctx, input.reportId);
  const section = sections.find((s) => s.id === input.sectionId);
  if (!section) throw new DomainError('NOT_FOUND', 'notFound');
  const enabled = sections.filter((s) => s.enabled);
  const number = section.enabled ? (sectionNumbers(enabled)[enabled.indexOf(section)] ?? '') : '';
  return toDocumentSection(ctx, frameOf(ctx, report), section, number);
}

/** A report's sections in order, switched-off ones included. */
function readSections(ctx: TenantCtx, reportId: string) {
  return ctx.tx<SectionRow[]>`
    select id, level, numbered, title, source, body, enabled
    from period_report_sections
    where tenant_id = ${ctx.tenant.id} and report_id = ${reportId}
    order by position, created_at`;
}

/** A section as the document holds it: its number, its generator's answer and its written text. */
async function toDocumentSection(
  ctx: TenantCtx,
  frame: ReportFrame,
  section: SectionRow,
  number: string,
): Promise<DocumentSection> {
  return {
    sectionId: section.id,
    number,
    level: section.level,
    title: section.title,
    source: section.source,
    generated: section.source === null ? null : await sourceReaders[section.source](ctx, frame),
    written: section.body,
  };
}

async function readSnapshot({ tx, tenant }: TenantCtx, reportId: string): Promise<ReportDocument> {
  const [row] = await tx<{ document: ReportDocument }[]>`
    select s.document from period_report_snapshots s
    where s.tenant_id = ${tenant.id} and s.report_id = ${reportId}`;
  if (!row) {
    const [report] =
      await tx`select 1 from period_reports where tenant_id = ${tenant.id} and id = ${reportId}`;
    throw new DomainError('NOT_FOUND', report ? 'reportContent.notAdopted' : 'notFound');
  }
  return row.document;
}

/** "Förbundsstyrelsen 2019-08-23 § 5" for the adopting decision, or null. */
export async function readDecisionLabel(
  { tx, tenant }: TenantCtx,
  decisionId: string | null,
): Promise<string | null> {
  if (decisionId === null) return null;
  const [row] = await tx<{ label: string }[]>`
    select b.name || ' ' || to_char(m.meeting_date, 'YYYY-MM-DD')
      || coalesce(' § ' || i.paragraph, '') as label
    from board_decisions d
    join board_agenda_items i on i.tenant_id = d.tenant_id and i.id = d.item_id
    join board_meetings m on m.tenant_id = i.tenant_id and m.id = i.meeting_id
    join board_bodies b on b.tenant_id = m.tenant_id and b.id = m.body_id
    where d.tenant_id = ${tenant.id} and d.id = ${decisionId}`;
  return row?.label ?? null;
}
