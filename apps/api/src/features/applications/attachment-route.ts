import type { Sql, TransactionSql } from '@samsyn/db';
import type { Context as HonoContext } from 'hono';
import type { AppEnv } from '../../http/app-env.ts';
import { fileDownload, type StoredFile } from '../../http/file-download.ts';

async function readAttachmentFile(
  tx: TransactionSql,
  tenantId: string,
  attachmentId: string,
): Promise<StoredFile | null> {
  const [row] = await tx<StoredFile[]>`
    select file_name as "fileName", content_type as "contentType", content from application_attachments
    where tenant_id = ${tenantId} and id = ${attachmentId}`;
  return row ?? null;
}

/**
 * GET /api/application-attachments/:slug/:attachmentId — an application's attachment, served as
 * the board's documents are (http/file-download.ts): any member of the förbund may read it.
 */
export function applicationAttachmentRoute(c: HonoContext<AppEnv>, sql: Sql): Promise<Response> {
  return fileDownload(c, sql, {
    idParam: 'attachmentId',
    entity: 'applicationAttachment',
    read: readAttachmentFile,
  });
}
