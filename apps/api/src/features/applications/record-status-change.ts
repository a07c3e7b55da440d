import { recordAudit } from '@samsyn/db';
import type { ApplicationStatus } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';

export interface StatusChange {
  applicationId: string;
  /** null for the row that records the application's creation. */
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  /** The day the change took effect (ISO), not necessarily today. */
  effectiveDate: string;
  note: string;
  /** The board decision that made the change, when a decision did. */
  decisionId?: string | null;
  /** The audit action; `application.move` unless the caller records another ('application.decide', …). */
  action?: string;
}

/**
 * Appends one row to the application's history (append-only: who, when, from, to, the effective
 * day and the note) and its audit entry, in the caller's transaction. The caller has already
 * changed the application's status and version; this only records it.
 */
export async function recordStatusChange(ctx: TenantCtx, change: StatusChange): Promise<void> {
  const { tx, tenant, actor } = ctx;
  const decisionId = change.decisionId ?? null;
  const [row] = await tx<{ id: number }[]>`
    insert into application_status_changes
      (tenant_id, application_id, from_status, to_status, effective_date, note, decision_id, changed_by)
    values (${tenant.id}, ${change.applicationId}, ${change.from}, ${change.to}, ${change.effectiveDate},
            ${change.note}, ${decisionId}, ${actor.userId})
    returning id::int as id`;
  await recordAudit(tx, {
    action: change.action ?? 'application.move',
    entity: 'application',
    entityId: change.applicationId,
    before: change.from === null ? undefined : { status: change.from },
    after: {
      status: change.to,
      effectiveDate: change.effectiveDate,
      note: change.note,
      decisionId,
      historyId: row?.id ?? null,
    },
  });
}
