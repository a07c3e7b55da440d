import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp, createLogger, loadConfig } from '@samsyn/api';
import type { Sql } from '@samsyn/db';

/** A production-mode app serving a stand-in for the built web app (index.html and one asset). */
export async function productionApp(sql: Sql) {
  const dist = await mkdtemp(path.join(tmpdir(), 'samsyn-dist-'));
  await mkdir(path.join(dist, 'assets'));
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Samsyn</title>');
  await writeFile(path.join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
  return createApp({
    sql,
    config: { ...loadConfig({}), isProduction: true, webDistDir: dist },
    log: createLogger('silent'),
  });
}
