import type { MiddlewareHandler } from 'hono';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses state-changing requests that a browser sent from another site (CSRF). Browsers label
 * every request with `Sec-Fetch-Site` and, on non-GET requests, `Origin`; we require the first to
 * say same-origin or, where it is missing (older browsers), the second to be our origin. A request
 * with neither is refused too: every browser we serve sends at least one, and a content type
 * check alone would let a cross-site form post through.
 */
export function originGuard(publicOrigin: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const expected = publicOrigin ?? new URL(c.req.url).origin;
    const isAllowed = site !== undefined ? site === 'same-origin' : origin === expected;
    if (!isAllowed) return c.json({ error: 'cross-origin request refused' }, 403);
    return next();
  };
}
