import { recordAudit } from '@samsyn/db';
import { DomainError } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { bumpItemVersion, lockItem } from './meeting-records.ts';

/** Removes one of an agenda item's documents. Carries the item's version and moves it on. Editors. */
export async function removeDocument(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { itemId: string; expectedVersion: number; documentId: string },
): Promise<{ version: number }> {
  await lockItem(tx, tenantId, input.itemId, input.expectedVersion);
  const [removed] = await tx<{ kind: string; title: string; fileName: string | null; url: string | null }[]>`
    delete from board_item_documents
    where tenant_id = ${tenantId} and id = ${input.documentId} and item_id = ${input.itemId}
    returning kind, title, file_name as "fileName", url`;
  if (!removed) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'boardDocument' });
  const version = await bumpItemVersion(tx, tenantId, input.itemId);
  await recordAudit(tx, {
    action: 'boardDocument.delete',
    entity: 'boardDocument',
    entityId: input.documentId,
    before: { itemId: input.itemId, ...removed },
  });
  return { version };
}
