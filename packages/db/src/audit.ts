import type { Queryable } from './client.ts';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends to the förbund's audit log inside the caller's tenant transaction. Tenant, actor and
 * request id come from the transaction's settings, so a verb cannot attribute its change to
 * someone else, and the entry commits or rolls back with the change itself.
 */
export async function recordAudit(tx: Queryable, entry: AuditEntry): Promise<void> {
  await tx`
    insert into audit_log (tenant_id, actor_user_id, action, entity, entity_id, before, after, request_id)
    values (current_tenant_id(), current_user_id(), ${entryValues(tx, entry)})`;
}

/** Appends a platform event (not a förbund's data) in the caller's transaction. */
export async function recordPlatformAudit(
  tx: Queryable,
  entry: AuditEntry & { subjectTenantId?: string | null },
): Promise<void> {
  await tx`
    insert into platform_audit_log (actor_user_id, subject_tenant_id, action, entity, entity_id, before, after, request_id)
    values (current_user_id(), ${entry.subjectTenantId ?? null}, ${entryValues(tx, entry)})`;
}

/** action, entity, entity_id, before, after, request_id: the same in both logs (request id from the scope). */
const entryValues = (tx: Queryable, entry: AuditEntry) => tx`
  ${entry.action}, ${entry.entity}, ${entry.entityId ?? null},
  ${entry.before === undefined ? null : tx.json(entry.before as never)},
  ${entry.after === undefined ? null : tx.json(entry.after as never)},
  nullif(current_setting('app.request_id', true), '')`;
