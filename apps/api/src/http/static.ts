import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { AppEnv } from './app-env.ts';

/**
 * Serves the built web app: hashed assets cached for a year (a missing one is a 404), everything else falls back to
 * index.html (never cached) so that deep links like /f/gavleborg/oversikt load the app.
 */
export function mountWebApp(app: Hono<AppEnv>, distDir: string): void {
  const indexFile = path.join(distDir, 'index.html');
  if (!existsSync(indexFile)) {
    throw new Error(`The web app is not built (${indexFile} is missing). Run "pnpm build" first.`);
  }
  const indexHtml = readFileSync(indexFile, 'utf8');
  const root = path.relative(process.cwd(), distDir) || '.';
  app.use('/assets/*', compress());
  // Set after the fact: serveStatic's onFound runs once the response is already built.
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('/assets/*', serveStatic({ root }));
  // A missing asset is a 404, not the app's index.html: an old chunk name after a deploy must
  // fail loudly (the browser reloads) instead of being cached for a year as HTML.
  app.all('/assets/*', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.text('Finns inte.', 404);
  });
  app.use('*', serveStatic({ root, index: '__none__' }));
  app.get('*', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(indexHtml);
  });
}
