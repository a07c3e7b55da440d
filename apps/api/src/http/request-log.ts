import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../logger.ts';
import type { AppEnv } from './app-env.ts';

/**
 * One structured line per request: method, path (never the query string, which may carry tRPC
 * input), status, duration, request id and user id. No headers, so no cookies or tokens.
 */
export function requestLog(log: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const status = c.res.status;
    const fields = {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      // Only if something looked the session up: the log never costs a query.
      userId: c.get('session')?.current?.user.id,
    };
    if (status >= 500) log.error(fields, 'request');
    else log.info(fields, 'request');
  };
}
