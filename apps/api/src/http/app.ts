import { getConnInfo } from '@hono/node-server/conninfo';
import type { Sql } from '@samsyn/db';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { readDeviceCookie, readSessionToken } from '../auth/cookie.ts';
import { RequestSession } from '../auth/request-session.ts';
import type { AppConfig } from '../config.ts';
import { applicationAttachmentRoute } from '../features/applications/attachment-route.ts';
import { boardDocumentRoute } from '../features/board-meetings/document-route.ts';
import { exportRoute } from '../features/export/route.ts';
import { openDataRoutes } from '../features/open-data/routes.ts';
import { reportFileRoute } from '../features/report-output/report-file-route.ts';
import type { Logger } from '../logger.ts';
import { appRouter } from '../router.ts';
import type { AppEnv } from './app-env.ts';
import { crossSiteReadGuard, noStore } from './cross-site-read-guard.ts';
import { originGuard } from './origin-guard.ts';
import { requestLog } from './request-log.ts';
import { mountWebApp } from './static.ts';
import { toHttpError } from './to-http-error.ts';
import { refuseBatchedPasswordChecks, trpcBodyLimit } from './trpc-request-limits.ts';

export interface AppDeps {
  sql: Sql;
  /** A pool of its own for /readyz (one connection, short connect timeout); else `sql`. */
  readinessSql?: Sql;
  config: AppConfig;
  log: Logger;
}

/** /readyz answers 503 if the database has not answered within this (ms). */
const READY_TIMEOUT_MS = 500;

/** Largest tRPC batch accepted; the web client's batch link uses the same limit. */
export const MAX_BATCH_SIZE = 10;

/**
 * The HTTP application: the only code that knows HTTP. Middleware order follows ARCHITECTURE.md:
 * request id → log → security headers → origin check → no-store and cross-site read guard →
 * (tRPC) body limit and batch check → session → routes.
 */
export function createApp({ sql, config, log, readinessSql }: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.use(requestId({ limitLength: 64 }));
  // requestId sets the header only on answers Hono builds; tRPC and static files build their own.
  app.use(async (c, next) => {
    await next();
    c.res.headers.set('X-Request-Id', c.get('requestId'));
  });
  app.use(requestLog(log));
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      xFrameOptions: 'DENY',
      referrerPolicy: 'strict-origin-when-cross-origin',
      // HSTS only where we are served over HTTPS for real; on localhost it would be ignored anyway.
      strictTransportSecurity: config.isProduction ? 'max-age=31536000; includeSubDomains' : false,
      crossOriginEmbedderPolicy: false,
      // Samsyn uses none of the browser's powerful features; no page (or injected script) may ask.
      permissionsPolicy: {
        camera: false,
        microphone: false,
        geolocation: false,
        payment: false,
        usb: false,
        serial: false,
        bluetooth: false,
        displayCapture: false,
        fullscreen: ['self'],
      },
    }),
  );
  app.use(originGuard(config.publicOrigin));

  // The session, where a route needs it (not for static files or health checks). Looked up only
  // when asked for: a tenant procedure checks it inside its transaction instead.
  const sessionMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
    const token = readSessionToken(c.req.header('cookie'), config.isProduction);
    c.set('session', new RequestSession(sql, token ?? null, config.session));
    return next();
  };

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  // Ready = the database answers, within READY_TIMEOUT_MS: a load balancer or container health
  // check gets its 503 in under a second instead of waiting on a connection attempt. On its own
  // one-connection pool where the server provides one, so a busy main pool doesn't make us "unready".
  app.get('/readyz', async (c) => {
    const check = (readinessSql ?? sql)`select 1`;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        check,
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('readiness check timed out')), READY_TIMEOUT_MS);
        }),
      ]);
      return c.json({ status: 'ready' });
    } catch (error) {
      log.warn({ err: error, requestId: c.get('requestId') }, 'database not ready');
      return c.json({ status: 'unavailable' }, 503);
    } finally {
      clearTimeout(timer);
    }
  });

  // Data for one user: never cached, never sent because another site asked the browser to.
  for (const path of [
    '/api/export/*',
    '/api/board-documents/*',
    '/api/application-attachments/*',
    '/api/period-reports/*',
    '/trpc/*',
  ])
    app.use(path, noStore(), crossSiteReadGuard());

  app.use('/api/export/*', sessionMiddleware);
  app.get('/api/export/:slug', (c) => exportRoute(c, sql));
  app.use('/api/board-documents/*', sessionMiddleware);
  app.get('/api/board-documents/:slug/:documentId', (c) => boardDocumentRoute(c, sql));
  app.use('/api/application-attachments/*', sessionMiddleware);
  app.get('/api/application-attachments/:slug/:attachmentId', (c) => applicationAttachmentRoute(c, sql));
  app.use('/api/period-reports/*', sessionMiddleware);
  app.get('/api/period-reports/:slug/:reportId/:file', (c) => reportFileRoute(c, sql));

  // Open data: no login, no session; rate-limited per address.
  app.route(
    '/api/v1',
    openDataRoutes(sql, (c) => clientAddressOf(c, config.trustProxy)),
  );

  // Before anything reads the body or runs a procedure: a size limit (413) and no batched logins.
  app.use('/trpc/*', trpcBodyLimit(), refuseBatchedPasswordChecks());
  app.use('/trpc/*', sessionMiddleware);

  app.all('/trpc/*', (c) =>
    fetchRequestHandler({
      endpoint: '/trpc',
      req: c.req.raw,
      router: appRouter,
      maxBatchSize: MAX_BATCH_SIZE,
      createContext: ({ resHeaders }) => ({
        sql,
        config,
        log,
        requestId: c.get('requestId'),
        clientAddress: clientAddressOf(c, config.trustProxy),
        deviceCookie: readDeviceCookie(c.req.header('cookie'), config.isProduction),
        userAgent: c.req.header('user-agent') ?? null,
        session: c.get('session'),
        publicOrigin: config.publicOrigin ?? new URL(c.req.url).origin,
        resHeaders,
      }),
      onError: ({ error, path }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') {
          log.error({ err: error.cause ?? error, path, requestId: c.get('requestId') }, 'procedure failed');
        }
      },
    }),
  );

  if (config.isProduction) mountWebApp(app, config.webDistDir);

  app.onError((error, c) => {
    const requestId = c.get('requestId');
    // Routes outside tRPC (export, open data) answer failures as tRPC does (toHttpError): a
    // DomainError by its code, 503 while the database is unreachable, 409/400 for a unique
    // violation or refused input, 500 `internal` for the rest.
    const answer = toHttpError(error);
    if (answer.log === 'warn') log.warn({ err: error, requestId }, 'database failure');
    if (answer.log === 'error') log.error({ err: error, requestId }, 'unhandled error');
    const details = answer.details ? { details: answer.details } : {};
    return c.json({ error: answer.reason, ...details, requestId }, answer.status);
  });
  return app;
}

/**
 * The caller's address. Behind a reverse proxy (TRUST_PROXY=1) it is the last X-Forwarded-For
 * entry, the one our own proxy appended; earlier entries are whatever the client claimed.
 */
function clientAddressOf(c: Context<AppEnv>, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
