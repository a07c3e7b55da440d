import type { TransactionSql } from '@samsyn/db';

/** An uploaded document's bytes, name and type; null when the förbund has no such file. */
export async function readDocumentFile(
  tx: TransactionSql,
  tenantId: string,
  documentId: string,
): Promise<{ fileName: string; contentType: string; content: Buffer } | null> {
  const [file] = await tx<{ fileName: string; contentType: string; content: Buffer }[]>`
    select file_name as "fileName", content_type as "contentType", content from board_item_documents
    where tenant_id = ${tenantId} and id = ${documentId} and kind = 'file'`;
  return file ?? null;
}
