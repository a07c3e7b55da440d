import { recordAudit } from '@samsyn/db';
import { type AdoptReportInput, DomainError, throwIfProblems } from '@samsyn/domain';
import { buildLiveDocument } from '../report-content/read-report-document.ts';
import type { TenantCtx } from '../verb-context.ts';

/**
 * "Fastställ": links the board's decision (kind 'report', not adopting another report) to a
 * report marked ready, dates the adoption by the decision's meeting, and freezes the document as
 * built now (figures and texts) in period_report_snapshots — never recomputed. One transaction
 * with its audit: the snapshot exists exactly when the report is adopted. Admins.
 */
export async function adoptReport(
  ctx: TenantCtx,
  input: AdoptReportInput,
): Promise<{ version: number; adoptedOn: string }> {
  const { tx, tenant, actor } = ctx;
  const [report] = await tx<{ status: string; version: number }[]>`
    select status, version from period_reports
    where tenant_id = ${tenant.id} and id = ${input.reportId} for update`;
  if (!report) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'periodReport' });
  if (report.status === 'adopted') throw new DomainError('CONFLICT', 'reportWorkflow.reportAdopted');
  if (report.version !== input.expectedVersion)
    throw new DomainError('CONFLICT', 'conflict.stale', { entity: 'periodReport' });
  if (report.status !== 'ready') throw new DomainError('CONFLICT', 'reportWorkflow.notReady');
  const [decision] = await tx<{ kind: string; meetingDate: string; usedBy: string | null }[]>`
    select d.kind, to_char(m.meeting_date, 'YYYY-MM-DD') as "meetingDate",
      (select r.id from period_reports r where r.tenant_id = d.tenant_id and r.adopted_decision_id = d.id
       limit 1) as "usedBy"
    from board_decisions d
    join board_agenda_items i on i.tenant_id = d.tenant_id and i.id = d.item_id
    join board_meetings m on m.tenant_id = i.tenant_id and m.id = i.meeting_id
    where d.tenant_id = ${tenant.id} and d.id = ${input.decisionId}`;
  const decisionProblem = (key: 'reportWorkflow.decisionNotReport' | 'reportWorkflow.decisionUsed') =>
    throwIfProblems(key, [{ key, path: ['decisionId'] }]);
  if (!decision || decision.kind !== 'report') decisionProblem('reportWorkflow.decisionNotReport');
  else if (decision.usedBy !== null) decisionProblem('reportWorkflow.decisionUsed');
  const adoptedOn = decision?.meetingDate ?? '';
  const [row] = await tx<{ version: number }[]>`
    update period_reports set status = 'adopted', adopted_decision_id = ${input.decisionId},
      adopted_on = ${adoptedOn}, adopted_at = now(), adopted_by = ${actor.userId}, version = version + 1
    where tenant_id = ${tenant.id} and id = ${input.reportId} returning version`;
  if (!row) throw new Error('report adopt returned no row');
  // Built after the update, so the frozen document says adopted, on that date, by that decision.
  const document = await buildLiveDocument(ctx, input.reportId);
  await tx`
    insert into period_report_snapshots (tenant_id, report_id, document)
    values (${tenant.id}, ${input.reportId}, ${tx.json(document as never)})`;
  await recordAudit(tx, {
    action: 'periodReport.adopt',
    entity: 'periodReport',
    entityId: input.reportId,
    before: { status: 'ready' },
    after: { status: 'adopted', adoptedOn, adoptedDecisionId: input.decisionId },
  });
  return { version: row.version, adoptedOn };
}
