import { DomainError, type ReportStatus } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';

/** A section and its report's status, as the workflow verbs lock and check them. */
export interface WorkflowSection {
  id: string;
  reportId: string;
  reportStatus: ReportStatus;
  title: string;
  enabled: boolean;
  assigneeUserId: string | null;
  deadline: string | null;
  readyAt: string | null;
  version: number;
}

export const adoptedRefusal = () => new DomainError('CONFLICT', 'reportWorkflow.reportAdopted');

/**
 * Locks a section and its report (a section's change may move the report back to draft) for a
 * workflow write: NOT_FOUND when the förbund has no such section, CONFLICT `reportWorkflow.reportAdopted`
 * once the report is adopted, CONFLICT `conflict.stale` on an old section version.
 */
export async function lockWorkflowSection(
  { tx, tenant }: TenantCtx,
  sectionId: string,
  expectedVersion: number,
): Promise<WorkflowSection> {
  const section = await readWorkflowSection({ tx, tenant }, sectionId, { lock: true });
  if (section.version !== expectedVersion)
    throw new DomainError('CONFLICT', 'conflict.stale', { entity: 'periodReportSection' });
  return section;
}

/** The section (locked with its report when asked), refused once adopted; NOT_FOUND when missing. */
export async function readWorkflowSection(
  { tx, tenant }: Pick<TenantCtx, 'tx' | 'tenant'>,
  sectionId: string,
  options: { lock: boolean },
): Promise<WorkflowSection> {
  const [section] = await tx<WorkflowSection[]>`
    select s.id, s.report_id as "reportId", r.status as "reportStatus", s.title, s.enabled,
      s.assignee_user_id as "assigneeUserId", to_char(s.deadline, 'YYYY-MM-DD') as deadline,
      s.ready_at as "readyAt", s.version
    from period_report_sections s
    join period_reports r on r.tenant_id = s.tenant_id and r.id = s.report_id
    where s.tenant_id = ${tenant.id} and s.id = ${sectionId}
    ${options.lock ? tx`for update of s, r` : tx``}`;
  if (!section) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'periodReportSection' });
  if (section.reportStatus === 'adopted') throw adoptedRefusal();
  return section;
}
