import type { Sql, TransactionSql } from '@samsyn/db';
import { DomainError, tenantSlugSchema } from '@samsyn/domain';
import type { Context as HonoContext } from 'hono';
import { z } from 'zod';
import type { ValidSession } from '../auth/session.ts';
import { inTenantTransaction, type TenantContext } from '../tenancy/tenant-transaction.ts';
import type { AppEnv } from './app-env.ts';

/** A stored upload: its own name, the type read from its bytes at upload, the bytes. */
export interface StoredFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

const fileId = z.uuid();

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
 * GET /api/…/:slug/:<idParam> — a förbund's uploaded file. A download is not a tRPC call, so this
 * is a plain route through the same tenant transaction (session, membership, row-level security)
 * as every tenant procedure; any member of the förbund may read it. It is always an attachment with
 * the type read from its bytes at upload, never sniffed again by the browser (the app's
 * Content-Security-Policy applies as to every answer). A malformed id is not found, as a missing one.
 */
export async function fileDownload(
  c: HonoContext<AppEnv>,
  sql: Sql,
  file: {
    idParam: string;
    entity: string;
    read: (tx: TransactionSql, tenantId: string, id: string) => Promise<StoredFile | null>;
  },
): Promise<Response> {
  const id = fileId.safeParse(c.req.param(file.idParam));
  const found = await readForDownload(c, sql, (tx, tenant) =>
    id.success ? file.read(tx, tenant.id, id.data) : Promise.resolve(null),
  );
  if (!found) throw new DomainError('NOT_FOUND', 'notFound', { entity: file.entity });
  return attachmentResponse(found.content, found.contentType, found.fileName);
}

/**
 * Runs a download's read in a read-only transaction of the route's förbund (`:slug`), as any of
 * its members (viewer or above): a malformed slug is FORBIDDEN, as a förbund one is not a member of.
 */
export async function readForDownload<T>(
  c: HonoContext<AppEnv>,
  sql: Sql,
  read: (tx: TransactionSql, tenant: TenantContext, session: ValidSession) => Promise<T>,
): Promise<T> {
  const slug = tenantSlugSchema.safeParse(c.req.param('slug'));
  if (!slug.success) throw new DomainError('FORBIDDEN', 'tenant.noAccess');
  return inTenantTransaction(
    sql,
    {
      session: c.get('session'),
      requestId: c.get('requestId'),
      slug: slug.data,
      minRole: 'viewer',
      readOnly: true,
    },
    read,
  );
}

/** A file to save, never to show: an attachment of its own type, not sniffed, not cached. */
export function attachmentResponse(content: Uint8Array, contentType: string, fileName: string): Response {
  return new Response(content as Uint8Array<ArrayBuffer>, {
    headers: {
      'content-type': contentType,
      'content-disposition': attachmentHeader(fileName),
      'content-length': String(content.byteLength),
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    },
  });
}
