import { recordAudit } from '@samsyn/db';
import { type DocumentInput, DomainError } from '@samsyn/domain';
import { readUploadedFile } from '../uploaded-file.ts';
import type { TenantCtx } from '../verb-context.ts';
import { bumpItemVersion, lockItem } from './meeting-records.ts';

interface DocumentColumns {
  kind: DocumentInput['kind'];
  title: string;
  planId: string | null;
  interventionId: string | null;
  url: string | null;
  fileName: string | null;
  contentType: string | null;
  content: Buffer | null;
}

const none = {
  planId: null,
  interventionId: null,
  url: null,
  fileName: null,
  contentType: null,
  content: null,
};

/** A plan's or an intervention's name: NOT_FOUND for another förbund's. */
async function nameOf(ctx: TenantCtx, table: 'plans' | 'interventions', id: string): Promise<string> {
  const { tx, tenant } = ctx;
  const [row] =
    table === 'plans'
      ? await tx<{ name: string }[]>`select name from plans where tenant_id = ${tenant.id} and id = ${id}`
      : await tx<
          { name: string }[]
        >`select name from interventions where tenant_id = ${tenant.id} and id = ${id}`;
  if (!row)
    throw new DomainError('NOT_FOUND', 'notFound', { entity: table === 'plans' ? 'plan' : 'intervention' });
  return row.name;
}

/**
 * The row of a document: a file's bytes are decoded and their type read from them (the name and
 * the browser's claim are never trusted); anything but pdf, docx, xlsx, png and jpeg is refused
 * with a Swedish sentence, as is an empty or too large file.
 */
async function columnsOf(ctx: TenantCtx, document: DocumentInput): Promise<DocumentColumns> {
  if (document.kind === 'plan') {
    const name = await nameOf(ctx, 'plans', document.planId);
    return { ...none, kind: 'plan', title: document.title || name, planId: document.planId };
  }
  if (document.kind === 'intervention') {
    const name = await nameOf(ctx, 'interventions', document.interventionId);
    return {
      ...none,
      kind: 'intervention',
      title: document.title || name,
      interventionId: document.interventionId,
    };
  }
  if (document.kind === 'link') return { ...none, kind: 'link', title: document.title, url: document.url };
  const file = readUploadedFile(document.contentBase64, 'boardMeetings', ['document', 'contentBase64']);
  return { ...none, kind: 'file', title: document.fileName, fileName: document.fileName, ...file };
}

/**
 * Adds a document to an agenda item, after its others: a link to a plan or an intervention, a web
 * link or an uploaded file (≤ 10 MB). Carries the item's version and moves it on. Editors.
 */
export async function addDocument(
  ctx: TenantCtx,
  input: { itemId: string; expectedVersion: number; document: DocumentInput },
): Promise<{ id: string; version: number }> {
  const { tx, tenant } = ctx;
  const item = await lockItem(tx, tenant.id, input.itemId, input.expectedVersion);
  const columns = await columnsOf(ctx, input.document);
  const [row] = await tx<{ id: string }[]>`
    insert into board_item_documents (tenant_id, item_id, position, kind, title, plan_id, intervention_id, url,
                                      file_name, content_type, content)
    values (${tenant.id}, ${item.id},
            (select coalesce(max(position) + 1, 0) from board_item_documents
              where tenant_id = ${tenant.id} and item_id = ${item.id}),
            ${columns.kind}, ${columns.title}, ${columns.planId}, ${columns.interventionId}, ${columns.url},
            ${columns.fileName}, ${columns.contentType}, ${columns.content})
    returning id`;
  if (!row) throw new Error('document insert returned no row');
  const version = await bumpItemVersion(tx, tenant.id, item.id);
  const { content, ...described } = columns;
  await recordAudit(tx, {
    action: 'boardDocument.create',
    entity: 'boardDocument',
    entityId: row.id,
    after: { itemId: item.id, ...described, size: content?.length ?? null },
  });
  return { id: row.id, version };
}
