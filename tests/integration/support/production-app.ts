import { fileURLToPath } from 'node:url';
import { createApp, createLogger, loadConfig } from '@samsyn/api';
import type { Sql } from '@samsyn/db';

/** A stand-in for the built web app: index.html and one hashed asset, checked in beside this file. */
const webDistDir = fileURLToPath(new URL('./web-build-stand-in/', import.meta.url));

/** A production-mode app serving the stand-in web build. */
export async function productionApp(sql: Sql) {
  return createApp({
    sql,
    config: { ...loadConfig({}), isProduction: true, webDistDir },
    log: createLogger('silent'),
  });
}
