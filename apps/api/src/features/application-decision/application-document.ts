import { recordAudit } from '@samsyn/db';
import { bumpItemVersion } from '../board-meetings/meeting-records.ts';
import type { TenantCtx } from '../verb-context.ts';

/**
 * Puts the application among an agenda item's documents (kind 'application', titled as it is), so
 * the kallelse lists it as a plan or an intervention is listed. The item's version moves on and
 * the document is audited as the board's own are (`boardDocument.create`).
 */
export async function attachApplicationDocument(
  { tx, tenant }: TenantCtx,
  itemId: string,
  applicationId: string,
): Promise<{ id: string; version: number }> {
  const [row] = await tx<{ id: string; title: string }[]>`
    insert into board_item_documents (tenant_id, item_id, position, kind, title, application_id)
    select ${tenant.id}, ${itemId},
      (select coalesce(max(position) + 1, 0) from board_item_documents
        where tenant_id = ${tenant.id} and item_id = ${itemId}),
      'application', left(a.title, 300), a.id
    from applications a where a.tenant_id = ${tenant.id} and a.id = ${applicationId}
    returning id, title`;
  if (!row) throw new Error('application document insert returned no row');
  const version = await bumpItemVersion(tx, tenant.id, itemId);
  await recordAudit(tx, {
    action: 'boardDocument.create',
    entity: 'boardDocument',
    entityId: row.id,
    after: { itemId, kind: 'application', title: row.title, applicationId },
  });
  return { id: row.id, version };
}
