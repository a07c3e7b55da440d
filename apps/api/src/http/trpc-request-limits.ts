import type { ReasonKey } from '@samsyn/domain';
import { type TRPC_ERROR_CODE_KEY, TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/**
 * Limits on a tRPC request that are checked before any of it is parsed or run: the body size
 * (413) and batches that would multiply a password check (400). Both answer in tRPC's error shape,
 * so the web client reads `data.reason` as from any procedure (one envelope for a whole batch is
 * handed to each of its calls).
 */

/** Every request body to /trpc: far above any form's input (a budget of 500 lines is ≈ 100 kB). */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/**
 * The actuals import sends a file's cells: at most 10 000 rows (MAX_IMPORT_ROWS). A ledger export
 * with 20 columns of ≈ 25 characters is ≈ 6 MB as JSON; 8 MB leaves room without letting the
 * schema's theoretical 60 MB (10 001 × 30 × 200 characters) in.
 */
export const IMPORT_BODY_LIMIT = 8 * 1024 * 1024;

const bodyLimitByPath: Record<string, number> = {
  'economy.actuals.importPreview': IMPORT_BODY_LIMIT,
  'economy.actuals.importCommit': IMPORT_BODY_LIMIT,
  // An SIE file of at most 5 MB (MAX_SIE_FILE_BYTES) is ≈ 6.7 MB as base64.
  'economy.sieImport.preview': IMPORT_BODY_LIMIT,
  'economy.sieImport.commit': IMPORT_BODY_LIMIT,
  // An agenda item's file of at most 10 MB (MAX_DOCUMENT_BYTES) is ≈ 13.4 MB as base64.
  'meetings.documents.add': 15 * 1024 * 1024,
};

/**
 * Procedures that check a password with argon2 (≈ 30 ms of CPU and 19 MB each): one per request,
 * or a batch of ten would make ten hashes for one request and slip past per-request throttling.
 */
export const UNBATCHABLE_PATHS: ReadonlySet<string> = new Set([
  'auth.login',
  'invitation.accept',
  'profile.changePassword',
]);

/** The procedure paths a /trpc URL names, as tRPC reads them (`/trpc/a.b,c.d?batch=1`); null if unreadable. */
function procedurePathsOf(c: Context): string[] | null {
  const pathname = new URL(c.req.url).pathname;
  const prefix = '/trpc/';
  if (!pathname.startsWith(prefix)) return [];
  try {
    return decodeURIComponent(pathname.slice(prefix.length)).split(',');
  } catch {
    return null;
  }
}

/** An answer in the shape of a tRPC error, for a request refused before tRPC sees it. */
function trpcError(c: Context, code: TRPC_ERROR_CODE_KEY, httpStatus: 400 | 413, reason: ReasonKey) {
  // The unread rest of a too-large body is not worth draining: end the connection after the answer.
  if (httpStatus === 413) c.header('Connection', 'close');
  return c.json(
    {
      error: {
        message: reason,
        code: TRPC_ERROR_CODES_BY_KEY[code],
        data: { code, httpStatus, path: null, reason, details: null, issues: null },
      },
    },
    httpStatus,
  );
}

/**
 * Refuses a body larger than the limit of the procedures it is for (413 `request.tooLarge`): the
 * largest limit among the procedures a batch names, so an import batched with anything else still
 * goes through and no batch gets more than an import would. A request that says its length is
 * judged by Content-Length without touching the body (reading `body` would turn
 * @hono/node-server's lazy Request into a real one on every call); a chunked one is counted by
 * Hono's bodyLimit as it streams in.
 */
export function trpcBodyLimit(): MiddlewareHandler {
  const tooLarge = (c: Context) => trpcError(c, 'PAYLOAD_TOO_LARGE', 413, 'request.tooLarge');
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const paths = procedurePathsOf(c) ?? [];
    const maxSize = Math.max(DEFAULT_BODY_LIMIT, ...paths.map((path) => bodyLimitByPath[path] ?? 0));
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      return Number(length) > maxSize ? tooLarge(c) : next();
    }
    return bodyLimit({ maxSize, onError: tooLarge })(c, next);
  };
}

/**
 * Refuses a batch of more than one call that names a password-checking procedure (400
 * `request.notBatchable`), before any input is read. The web client sends a login as a batch of
 * one, which passes.
 */
export function refuseBatchedPasswordChecks(): MiddlewareHandler {
  return async (c, next) => {
    // Reads (GET) never reach a password check: tRPC runs mutations only for POST. So the reads,
    // most requests, skip the URL parsing below.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const paths = procedurePathsOf(c);
    if (paths === null) return trpcError(c, 'BAD_REQUEST', 400, 'request.malformed');
    const isBatch = new URL(c.req.url).searchParams.get('batch') === '1';
    if (isBatch && paths.length > 1 && paths.some((path) => UNBATCHABLE_PATHS.has(path))) {
      return trpcError(c, 'BAD_REQUEST', 400, 'request.notBatchable');
    }
    return next();
  };
}
