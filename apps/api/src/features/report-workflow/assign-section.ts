import { recordAudit } from '@samsyn/db';
import { type AssignSectionInput, throwIfProblems } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockWorkflowSection } from './section-records.ts';

/**
 * Gives a section its assignee and its own deadline (either may be cleared). The assignee must be
 * an active editor or admin of the förbund (beside the field otherwise). A moved deadline earns
 * its own reminder (reminders are kept per section and deadline). Editors; not once adopted.
 */
export async function assignSection(ctx: TenantCtx, input: AssignSectionInput): Promise<{ version: number }> {
  const { tx, tenant } = ctx;
  const section = await lockWorkflowSection(ctx, input.sectionId, input.expectedVersion);
  if (input.assigneeUserId !== null) {
    const [member] = await tx`
      select 1 from memberships m join users u on u.id = m.user_id
      where m.tenant_id = ${tenant.id} and m.user_id = ${input.assigneeUserId} and m.is_active and u.is_active
        and m.role in ('editor', 'admin')`;
    throwIfProblems(
      'reportWorkflow.assigneeNotMember',
      member ? [] : [{ key: 'reportWorkflow.assigneeNotMember', path: ['assigneeUserId'] }],
    );
  }
  const [row] = await tx<{ version: number }[]>`
    update period_report_sections
    set assignee_user_id = ${input.assigneeUserId}, deadline = ${input.deadline}, version = version + 1
    where tenant_id = ${tenant.id} and id = ${section.id} returning version`;
  if (!row) throw new Error('section assign returned no row');
  await recordAudit(tx, {
    action: 'periodReportSection.assign',
    entity: 'periodReportSection',
    entityId: section.id,
    before: { assigneeUserId: section.assigneeUserId, deadline: section.deadline },
    after: { assigneeUserId: input.assigneeUserId, deadline: input.deadline },
  });
  return row;
}
