// Entry point: finds or starts the database, migrates, loads demo data in demo mode, serves HTTP.
import { serve } from '@hono/node-server';
import { createSql, demoPassword, openDatabase, seedDemo } from '@samsyn/db';
import { hashPassword } from './auth/password.ts';
import { loadConfig } from './config.ts';
import { createApp } from './http/app.ts';
import { createLogger } from './logger.ts';
import { createSmtpMailer } from './mail/mailer.ts';
import { startMailDelivery } from './mail/outbox.ts';

const config = loadConfig();
const log = createLogger(config.logLevel);
const started = performance.now();

const database = await openDatabase({
  databaseUrl: config.databaseUrl,
  ownerUrl: config.databaseOwnerUrl,
  dataDir: config.dataDir,
  ephemeral: config.isEphemeralDatabase,
});
if (database.migrations) log.info({ applied: database.migrations.applied }, 'migrations');
else log.warn('DATABASE_OWNER_URL is not set: migrations were not checked');

if (config.isDemo) {
  if (!database.ownerUrl) throw new Error('SAMSYN_DEMO=1 needs DATABASE_OWNER_URL to load the demo data.');
  const owner = createSql(database.ownerUrl, { max: 1 });
  try {
    if (await seedDemo(owner, { passwordHash: await hashPassword(demoPassword) }))
      log.info('demo data loaded');
  } finally {
    await owner.end();
  }
}

const sql = createSql(database.appUrl, { max: config.databasePoolSize, applicationName: 'samsyn-api' });
const app = createApp({ sql, config, log });
let stopMail = () => {};
if (config.smtpUrl) stopMail = startMailDelivery(sql, createSmtpMailer(config.smtpUrl, config.mailFrom), log);
else log.info('SMTP_URL is not set: mail stays in the outbox');
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  log.info(
    {
      url: `http://localhost:${info.port}`,
      embeddedDatabase: database.isEmbedded,
      demo: config.isDemo,
      mode: config.isProduction ? 'production' : 'development',
      startupMs: Math.round(performance.now() - started),
    },
    'Samsyn is listening',
  );
});

let isStopping = false;
async function shutdown(signal: string) {
  if (isStopping) return;
  isStopping = true;
  log.info({ signal }, 'shutting down');
  stopMail();
  server.close();
  await sql.end({ timeout: 5 });
  await database.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
