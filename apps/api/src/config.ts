import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoginLimits } from './auth/login-throttle.ts';

/** Repository root, for defaults that are paths (data directory, built web app). */
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface AppConfig {
  /** `production` serves the built web app, sets Secure `__Host-` cookies and HSTS. */
  isProduction: boolean;
  port: number;
  host: string;
  /** App role connection; empty = start the embedded PostgreSQL. */
  databaseUrl: string | undefined;
  /** Owner role connection, for migrations against an external server. */
  databaseOwnerUrl: string | undefined;
  /** A role that bypasses row-level security, for `db:backup` and `db:restore` on an external database. */
  databaseBackupUrl: string | undefined;
  /**
   * Connections the API keeps to PostgreSQL. postgres.js' own default, 10: measured against 20 on
   * the bench (one core for API and database), reads cost ≈ 10 % less CPU on both sides, since
   * fewer backends stay warm and plain queries share connections more (docs/performance.md).
   */
  databasePoolSize: number;
  dataDir: string;
  /** Throwaway embedded database: no fsync, deleted at shutdown (browser tests, benchmarks). */
  isEphemeralDatabase: boolean;
  /** Load the demo förbund and users into an empty database. */
  isDemo: boolean;
  /** The origin browsers use to reach us, e.g. https://samsyn.se; derived from the request if unset. */
  publicOrigin: string | undefined;
  /** Directory of the built web app (apps/web/dist). */
  webDistDir: string;
  logLevel: string;
  /** SMTP server for outgoing mail (e.g. smtps://user:pass@host:465); none = outbox only. */
  smtpUrl: string | undefined;
  /** Sender of outgoing mail. */
  mailFrom: string;
  /**
   * Admins may read the mail outbox in the app (so invitations work on one machine). Only in
   * development and demo mode: mails carry invitation links.
   */
  isOutboxReadable: boolean;
  /** Behind a reverse proxy: take the client address from the last X-Forwarded-For entry. */
  trustProxy: boolean;
  /** Mail the period reports' due section reminders every hour (features/report-workflow/reminder-timer.ts). */
  isReportReminderTimerOn: boolean;
  session: {
    /** A session ends after this long without a request. */
    inactivityTimeoutSeconds: number;
    /** A session ends this long after login, however active. */
    absoluteLifetimeSeconds: number;
    /** Live sessions one user may hold; a login beyond it ends the oldest. */
    maxPerUser: number;
  };
  /** Login throttling, see apps/api/src/auth/login-throttle.ts and README "Configuration". */
  loginLimits: LoginLimits;
}

const intFrom = (value: string | undefined, fallback: number, name: string): number => {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0)
    throw new Error(`${name} must be a positive integer, got "${value}"`);
  return parsed;
};

/** Reads configuration from the environment once, at start-up; see README "Configuration". */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    isProduction: env.NODE_ENV === 'production',
    port: intFrom(env.PORT, 3000, 'PORT'),
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    databaseOwnerUrl: env.DATABASE_OWNER_URL || undefined,
    databaseBackupUrl: env.DATABASE_BACKUP_URL || undefined,
    databasePoolSize: intFrom(env.DATABASE_POOL_SIZE, 10, 'DATABASE_POOL_SIZE'),
    dataDir: path.resolve(repoRoot, env.SAMSYN_DATA_DIR || '.data'),
    isEphemeralDatabase: env.SAMSYN_EPHEMERAL_DB === '1',
    // Demo data is the default on the embedded database and opt-in on a real one.
    isDemo: env.SAMSYN_DEMO ? env.SAMSYN_DEMO === '1' : !databaseUrl,
    publicOrigin: env.PUBLIC_ORIGIN || undefined,
    webDistDir: path.resolve(repoRoot, env.SAMSYN_WEB_DIST || 'apps/web/dist'),
    logLevel: env.LOG_LEVEL || 'info',
    trustProxy: env.TRUST_PROXY === '1',
    // On in production; off in development and on throwaway databases (browser tests, benchmarks).
    isReportReminderTimerOn: env.SAMSYN_REPORT_REMINDERS
      ? env.SAMSYN_REPORT_REMINDERS === '1'
      : env.NODE_ENV === 'production' && env.SAMSYN_EPHEMERAL_DB !== '1',
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Samsyn <no-reply@samsyn.localhost>',
    isOutboxReadable:
      env.NODE_ENV !== 'production' || (env.SAMSYN_DEMO ? env.SAMSYN_DEMO === '1' : !databaseUrl),
    session: {
      inactivityTimeoutSeconds: intFrom(
        env.SESSION_INACTIVITY_SECONDS,
        4 * 3600,
        'SESSION_INACTIVITY_SECONDS',
      ),
      absoluteLifetimeSeconds: intFrom(env.SESSION_LIFETIME_SECONDS, 12 * 3600, 'SESSION_LIFETIME_SECONDS'),
      maxPerUser: intFrom(env.SESSION_MAX_PER_USER, 10, 'SESSION_MAX_PER_USER'),
    },
    loginLimits: {
      windowSeconds: intFrom(env.LOGIN_WINDOW_SECONDS, 15 * 60, 'LOGIN_WINDOW_SECONDS'),
      maxFailuresPerAccountAndAddress: intFrom(
        env.LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS,
        5,
        'LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS',
      ),
      maxFailuresPerAccount: intFrom(
        env.LOGIN_MAX_FAILURES_PER_ACCOUNT,
        25,
        'LOGIN_MAX_FAILURES_PER_ACCOUNT',
      ),
      maxFailuresPerAddress: intFrom(
        env.LOGIN_MAX_FAILURES_PER_ADDRESS,
        30,
        'LOGIN_MAX_FAILURES_PER_ADDRESS',
      ),
      maxFailuresPerDevice: intFrom(env.LOGIN_MAX_FAILURES_PER_DEVICE, 10, 'LOGIN_MAX_FAILURES_PER_DEVICE'),
      deviceTrustSeconds: intFrom(env.LOGIN_DEVICE_TRUST_DAYS, 365, 'LOGIN_DEVICE_TRUST_DAYS') * 86_400,
    },
  };
}
