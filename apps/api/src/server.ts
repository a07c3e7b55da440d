// Entry point: finds or starts the database, migrates, loads demo data in demo mode, serves HTTP.
import { serve } from '@hono/node-server';
import { createSql, demoPassword, openDatabase, seedDemo } from '@samsyn/db';
import { hashPassword } from './auth/password.ts';
import { loadConfig } from './config.ts';
import { startReminderTimer } from './features/report-workflow/reminder-timer.ts';
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
  // The embedded PostgreSQL is restarted if it dies (packages/db/src/embedded-supervisor.ts).
  onSupervisorEvent: (event) => {
    if (event.type === 'exited') log.error(event, 'embedded PostgreSQL exited; restarting it');
    else if (event.type === 'restarted') log.warn(event, 'embedded PostgreSQL restarted');
    else log.error(event, 'embedded PostgreSQL did not start; trying again');
  },
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
// /readyz's own connection: a full main pool must not make the readiness check wait (app.ts).
const readinessSql = createSql(database.appUrl, {
  max: 1,
  connectTimeout: 1,
  applicationName: 'samsyn-readyz',
});
const app = createApp({ sql, config, log, readinessSql });
let stopMail = () => {};
if (config.smtpUrl) stopMail = startMailDelivery(sql, createSmtpMailer(config.smtpUrl, config.mailFrom), log);
else log.info('SMTP_URL is not set: mail stays in the outbox');
const stopReminders = config.isReportReminderTimerOn
  ? startReminderTimer(sql, { publicOrigin: config.publicOrigin ?? `http://localhost:${config.port}` }, log)
  : () => {};
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

/*
 * Once serving, a stray error is logged and the process keeps serving. Node's default is to exit,
 * which turns one failed request (or a driver bug such as postgres.js' write to a closed socket
 * from a setImmediate, see ARCHITECTURE.md) into an outage for every user, and nothing restarts a
 * `pnpm start`. Staying up is safe here: the API keeps no state of its own that such an error could
 * leave half-changed. Every request's work is one PostgreSQL transaction, which either commits or
 * rolls back when its connection goes, and the pool replaces lost connections. Installed after
 * start-up, so a failure to start still ends the process with its error.
 */
process.on('uncaughtException', (error, origin) => {
  log.fatal({ err: error, origin }, 'uncaught exception; still serving');
});
process.on('unhandledRejection', (reason) => {
  log.error({ err: reason }, 'unhandled promise rejection; still serving');
});

let isStopping = false;
async function shutdown(signal: string) {
  if (isStopping) return;
  isStopping = true;
  log.info({ signal }, 'shutting down');
  stopMail();
  stopReminders();
  server.close();
  await Promise.all([sql.end({ timeout: 5 }), readinessSql.end({ timeout: 1 })]);
  await database.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
