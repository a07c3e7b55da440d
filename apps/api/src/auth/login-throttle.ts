import { createHash } from 'node:crypto';
import type { Sql } from '@samsyn/db';

export interface LoginLimits {
  windowSeconds: number;
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
}

export type ThrottleDecision =
  | { allowed: true; attemptId: string }
  | { allowed: false; retryAfterSeconds: number };

const emailHash = (email: string) => createHash('sha256').update(email).digest();

/**
 * Decides whether a login attempt may proceed and, if so, records it as failed up front; the
 * caller marks it succeeded afterwards. Recording first means a burst of parallel guesses is
 * counted before any of them is checked, and the per-email advisory lock makes the count and the
 * insert one step. Failures count from the account's last success, within a sliding window.
 * Unknown emails are counted exactly like known ones, so the limit reveals nothing.
 */
export async function beginLoginAttempt(
  sql: Sql,
  email: string,
  address: string,
  limits: LoginLimits,
): Promise<ThrottleDecision> {
  const hash = emailHash(email);
  return (await sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(hashtextextended(encode(${hash}::bytea, 'hex'), 42))`;
    const [counts] = await tx<{ byAccount: number; byAddress: number; retryAfter: number }[]>`
      with window_start as (select now() - make_interval(secs => ${limits.windowSeconds}) as at),
      last_success as (
        select max(attempted_at) as at from login_attempts where email_hash = ${hash} and succeeded
      ),
      account_failures as (
        select attempted_at from login_attempts, window_start, last_success
        where email_hash = ${hash} and not succeeded
          and attempted_at > window_start.at and attempted_at > coalesce(last_success.at, '-infinity')
      ),
      address_failures as (
        select attempted_at from login_attempts, window_start
        where address = ${address} and not succeeded and attempted_at > window_start.at
      )
      select (select count(*)::int from account_failures) as "byAccount",
             (select count(*)::int from address_failures) as "byAddress",
             ceil(extract(epoch from (
               least((select min(attempted_at) from account_failures), (select min(attempted_at) from address_failures))
               + make_interval(secs => ${limits.windowSeconds}) - now())))::int as "retryAfter"`;
    if (!counts) throw new Error('login throttle query returned no row');
    if (
      counts.byAccount >= limits.maxFailuresPerAccount ||
      counts.byAddress >= limits.maxFailuresPerAddress
    ) {
      return { allowed: false, retryAfterSeconds: Math.max(1, counts.retryAfter ?? limits.windowSeconds) };
    }
    const [row] = await tx<{ id: string }[]>`
      insert into login_attempts (email_hash, address, succeeded) values (${hash}, ${address}, false)
      returning id`;
    if (!row) throw new Error('could not record login attempt');
    return { allowed: true, attemptId: row.id };
  })) as ThrottleDecision;
}

export async function markLoginSucceeded(sql: Sql, attemptId: string): Promise<void> {
  await sql`update login_attempts set succeeded = true where id = ${attemptId}`;
}

/** Attempts older than a day tell the limiter nothing; drop them now and then. */
export async function pruneLoginAttempts(sql: Sql): Promise<void> {
  await sql`delete from login_attempts where attempted_at < now() - interval '1 day'`;
}
