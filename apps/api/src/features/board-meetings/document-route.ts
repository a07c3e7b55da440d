import type { Sql } from '@samsyn/db';
import { DomainError, tenantSlugSchema } from '@samsyn/domain';
import type { Context as HonoContext } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../http/app-env.ts';
import { inTenantTransaction } from '../../tenancy/tenant-transaction.ts';
import { readDocumentFile } from './read-document-file.ts';

const documentId = z.uuid();

/** `attachment` with the file's own name: an ASCII fallback and the exact name (RFC 6266 / 5987). */
export function attachmentHeader(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16)}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * GET /api/board-documents/:slug/:documentId — an agenda item's uploaded file. A download is not a
 * tRPC call, so this is a plain route through the same tenant transaction (session, membership,
 * row-level security) as every tenant procedure; any member of the förbund may read it. It is
 * always an attachment with the type read from its bytes at upload, never sniffed again by the
 * browser (the app's Content-Security-Policy applies as to every answer).
 */
export async function boardDocumentRoute(c: HonoContext<AppEnv>, sql: Sql): Promise<Response> {
  const slug = tenantSlugSchema.safeParse(c.req.param('slug'));
  if (!slug.success) throw new DomainError('FORBIDDEN', 'tenant.noAccess');
  const id = documentId.safeParse(c.req.param('documentId'));
  const file = await inTenantTransaction(
    sql,
    {
      session: c.get('session'),
      requestId: c.get('requestId'),
      slug: slug.data,
      minRole: 'viewer',
      readOnly: true,
    },
    (tx, tenant) => (id.success ? readDocumentFile(tx, tenant.id, id.data) : Promise.resolve(null)),
  );
  if (!file) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'boardDocument' });
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
