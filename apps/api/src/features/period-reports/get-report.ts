import { reportProgress, sectionNumbers } from '@samsyn/domain';
import { readDecisionLabel } from '../report-content/read-report-document.ts';
import type { TenantCtx } from '../verb-context.ts';
import { loadReport, type ReportRow, type SectionFacts, utcInstant } from './report-rows.ts';

export interface ReportOverview {
  report: ReportRow & {
    /** "Förbundsstyrelsen 2019-08-23 § 5", while the adopting decision is in the register. */
    decisionLabel: string | null;
  };
  sections: ReportSectionRow[];
  /** Ready sections of the enabled ones. */
  progress: { ready: number; total: number };
}

export interface ReportSectionRow extends SectionFacts {
  /** "1", "1.1" from the enabled sections' order; '' for an unnumbered or switched-off one. */
  number: string;
  hasText: boolean;
  assignee: { userId: string; name: string } | null;
  deadline: string | null;
  readyBy: { userId: string; name: string } | null;
  commentCount: number;
}

type SectionRecord = Omit<ReportSectionRow, 'number' | 'assignee' | 'readyBy'> & {
  assigneeUserId: string | null;
  assigneeName: string | null;
  readyByUserId: string | null;
  readyByName: string | null;
};

const person = (userId: string | null, name: string | null) =>
  userId === null ? null : { userId, name: name ?? '' };

/** A report with its sections in order, numbered, with who does what and the progress. Any member. */
export async function getReport(ctx: TenantCtx, input: { reportId: string }): Promise<ReportOverview> {
  const { tx, tenant } = ctx;
  const report = await loadReport(ctx, input.reportId);
  const records = await tx<SectionRecord[]>`
    select s.id, s.position, s.level, s.numbered, s.title, s.source, s.custom, s.enabled,
      s.text_version as "textVersion", jsonb_array_length(s.body) > 0 as "hasText",
      s.assignee_user_id as "assigneeUserId", assignee.name as "assigneeName",
      to_char(s.deadline, 'YYYY-MM-DD') as deadline,
      to_char(s.ready_at at time zone 'UTC', ${utcInstant}) as "readyAt",
      s.ready_by as "readyByUserId", ready_by.name as "readyByName",
      (select count(*)::int from period_report_comments c
       where c.tenant_id = s.tenant_id and c.section_id = s.id) as "commentCount",
      s.version
    from period_report_sections s
    left join users assignee on assignee.id = s.assignee_user_id
    left join users ready_by on ready_by.id = s.ready_by
    where s.tenant_id = ${tenant.id} and s.report_id = ${input.reportId}
    order by s.position, s.created_at, s.id`;
  const enabled = records.filter((record) => record.enabled);
  const numbers = new Map(sectionNumbers(enabled).map((number, index) => [enabled[index]?.id, number]));
  const sections = records.map(
    ({ assigneeUserId, assigneeName, readyByUserId, readyByName, ...record }): ReportSectionRow => ({
      ...record,
      number: numbers.get(record.id) ?? '',
      assignee: person(assigneeUserId, assigneeName),
      readyBy: person(readyByUserId, readyByName),
    }),
  );
  return {
    report: { ...report, decisionLabel: await readDecisionLabel(ctx, report.adoptedDecisionId) },
    sections,
    progress: reportProgress(records),
  };
}
