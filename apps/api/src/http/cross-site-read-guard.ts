import type { MiddlewareHandler } from 'hono';

/**
 * Refuses reads that another site made the browser send with our cookie: a link or a redirect
 * from elsewhere to `/api/export/<slug>` would otherwise download a förbund's data (SameSite=Lax
 * lets top-level GETs carry the cookie), and a GET to `/trpc/…` is a data-carrying read too.
 *
 * Browsers label every request with `Sec-Fetch-Site`: `same-origin` from our own pages, `none`
 * when the user typed the address or opened a bookmark. Anything else (`same-site`,
 * `cross-site`) is refused. A request without the header comes from something that is not a
 * browser (curl, a script with its own cookie), where there is no victim's cookie to borrow.
 */
export function crossSiteReadGuard(): MiddlewareHandler {
  return async (c, next) => {
    const site = c.req.header('sec-fetch-site');
    if (site !== undefined && site !== 'same-origin' && site !== 'none') {
      c.header('Cache-Control', 'no-store');
      return c.json({ error: 'cross-site request refused' }, 403);
    }
    return next();
  };
}

/** Authenticated answers are for one user: no browser or proxy may keep a copy. */
export function noStore(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  };
}
