import type { Sql } from '@samsyn/db';
import type { Context as HonoContext } from 'hono';
import type { AppEnv } from '../../http/app-env.ts';
import { fileDownload } from '../../http/file-download.ts';
import { readDocumentFile } from './read-document-file.ts';

/** GET /api/board-documents/:slug/:documentId — an agenda item's uploaded file (http/file-download.ts). */
export function boardDocumentRoute(c: HonoContext<AppEnv>, sql: Sql): Promise<Response> {
  return fileDownload(c, sql, { idParam: 'documentId', entity: 'boardDocument', read: readDocumentFile });
}
