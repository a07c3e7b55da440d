import type { Sql } from '@samsyn/db';
import { DomainError, tenantSlugSchema } from '@samsyn/domain';
import type { Context as HonoContext } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../http/app-env.ts';
import { inTenantTransaction } from '../../tenancy/tenant-transaction.ts';
import { attachmentHeader } from '../board-meetings/document-route.ts';

const attachmentId = z.uuid();

/**
 * GET /api/application-attachments/:slug/:attachmentId — an application's attachment, as the
 * board's documents are served (document-route.ts): through the tenant transaction (session,
 * membership, row-level security), any member may read, always an attachment with the type read
 * from its bytes at upload, never sniffed again.
 */
export async function applicationAttachmentRoute(c: HonoContext<AppEnv>, sql: Sql): Promise<Response> {
  const slug = tenantSlugSchema.safeParse(c.req.param('slug'));
  if (!slug.success) throw new DomainError('FORBIDDEN', 'tenant.noAccess');
  const id = attachmentId.safeParse(c.req.param('attachmentId'));
  const file = await inTenantTransaction(
    sql,
    {
      session: c.get('session'),
      requestId: c.get('requestId'),
      slug: slug.data,
      minRole: 'viewer',
      readOnly: true,
    },
    async (tx, tenant) => {
      if (!id.success) return null;
      const [row] = await tx<{ fileName: string; contentType: string; content: Buffer }[]>`
        select file_name as "fileName", content_type as "contentType", content from application_attachments
        where tenant_id = ${tenant.id} and id = ${id.data}`;
      return row ?? null;
    },
  );
  if (!file) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'applicationAttachment' });
  return new Response(file.content as Uint8Array<ArrayBuffer>, {
    headers: {
      'content-type': file.contentType,
      'content-disposition': attachmentHeader(file.fileName),
      'content-length': String(file.content.length),
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    },
  });
}
