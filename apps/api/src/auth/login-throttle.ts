import { createHash } from 'node:crypto';
import type { Sql, TransactionSql } from '@samsyn/db';
import { DomainError } from '@samsyn/domain';
import { findTrustedDevice, parseDeviceCookie } from './device-trust.ts';
import type { SessionTokenParts } from './session.ts';

export interface LoginLimits {
  /** The sliding window every count below is taken over. */
  windowSeconds: number;
  /** Untrusted failures for one account from one address (since that pair's last success). */
  maxFailuresPerAccountAndAddress: number;
  /** Untrusted failures for one account from all addresses together: the slow global brake. */
  maxFailuresPerAccount: number;
  /** Untrusted failures from one address, whichever accounts they try. */
  maxFailuresPerAddress: number;
  /** Failures with one trusted device (since its last success); only that device is locked. */
  maxFailuresPerDevice: number;
  /** A device cookie stays trusted this long after its last successful login. */
  deviceTrustSeconds: number;
}

/** Who is trying: the client's address and the device cookie it sent, if any. */
export interface LoginClient {
  address: string;
  deviceCookie: string | null;
}

export type ThrottleDecision =
  | { allowed: true; attemptId: string; deviceId: string | null; presentedDevices: SessionTokenParts[] }
  | { allowed: false; retryAfterSeconds: number };

const emailHash = (email: string) => createHash('sha256').update(email).digest();

/** Failures counted for one limit, and how long ago the oldest of them was (null for none). */
interface Count {
  failures: number;
  oldestAgeSeconds: number | null;
}
type CountRow = Record<string, number | null>;
const countOf = (row: CountRow | undefined, name: string): Count => ({
  failures: row?.[`${name}Failures`] ?? 0,
  oldestAgeSeconds: row?.[`${name}Oldest`] ?? null,
});

/**
 * Decides whether a login attempt may proceed and, if so, records it as failed up front; the
 * caller marks it succeeded afterwards. Recording first means a burst of parallel guesses is
 * counted before any of them is checked, and the per-email advisory lock makes the count and the
 * insert one step. Unknown emails are counted exactly like known ones, so the limit reveals nothing.
 *
 * An attempt with a device trusted for this email (`device-trust.ts`) is counted against that
 * device alone: it gets through while strangers' failures lock everyone else, and its own
 * failures lock only itself. Every other attempt is untrusted and counted per (account, address),
 * per address, and per account across all addresses (a slower brake for many addresses). So a
 * stranger's failures from another address never touch the owner; from the owner's own NAT
 * address or from a botnet they lock untrusted clients only, never the owner's trusted browser.
 */
export async function beginLoginAttempt(
  sql: Sql,
  email: string,
  client: LoginClient,
  limits: LoginLimits,
): Promise<ThrottleDecision> {
  const hash = emailHash(email);
  const presentedDevices = parseDeviceCookie(client.deviceCookie);
  return (await sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(hashtextextended(encode(${hash}::bytea, 'hex'), 42))`;
    const deviceId = await findTrustedDevice(tx, presentedDevices, email, limits.deviceTrustSeconds);
    const counts: [Count, number][] = deviceId
      ? [[await countDeviceFailures(tx, deviceId, limits), limits.maxFailuresPerDevice]]
      : await countUntrustedFailures(tx, hash, client.address, limits);
    const exceeded = counts.filter(([count, max]) => count.failures >= max);
    if (exceeded.length > 0) {
      // Every lock gets the same answer; the wait is the longest of the limits reached, until the
      // oldest failure it counted leaves the window.
      const wait = Math.max(
        ...exceeded.map(([count]) => limits.windowSeconds - (count.oldestAgeSeconds ?? 0)),
      );
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(wait)) };
    }
    const [row] = await tx<{ id: string }[]>`
      insert into login_attempts (email_hash, address, device_id, succeeded)
      values (${hash}, ${client.address}, ${deviceId}, false)
      returning id`;
    if (!row) throw new Error('could not record login attempt');
    return { allowed: true, attemptId: row.id, deviceId, presentedDevices };
  })) as ThrottleDecision;
}

/** The throttle's refusal as the one answer every lock gets, whichever limit was reached. */
export function refuseIfThrottled(
  decision: ThrottleDecision,
): asserts decision is Extract<ThrottleDecision, { allowed: true }> {
  if (!decision.allowed) {
    throw new DomainError('RATE_LIMITED', 'auth.tooManyAttempts', {
      retryAfterMinutes: Math.ceil(decision.retryAfterSeconds / 60),
    });
  }
}

/** A trusted device's failures since its last success (its row is replaced at each success). */
async function countDeviceFailures(
  tx: TransactionSql,
  deviceId: string,
  limits: LoginLimits,
): Promise<Count> {
  const [row] = await tx<CountRow[]>`
    select count(*)::int as "deviceFailures",
           extract(epoch from now() - min(a.attempted_at))::float8 as "deviceOldest"
    from login_attempts a
    where a.device_id = ${deviceId} and not a.succeeded
      and a.attempted_at > now() - make_interval(secs => ${limits.windowSeconds})
      and a.attempted_at >= (select created_at from login_devices where id = ${deviceId})`;
  return countOf(row, 'device');
}

/**
 * An untrusted attempt's three counts, each paired with its limit: failures for this account from
 * this address since that pair's last success; for this account from everywhere (the brake, which
 * a success does not reset: the owner logging in must not clear the way for a guesser spread over
 * many addresses); and from this address for any account.
 */
async function countUntrustedFailures(
  tx: TransactionSql,
  hash: Buffer,
  address: string,
  limits: LoginLimits,
): Promise<[Count, number][]> {
  const [row] = await tx<CountRow[]>`
    with failures as (
      select email_hash, address, attempted_at from login_attempts
      where device_id is null and not succeeded
        and attempted_at > now() - make_interval(secs => ${limits.windowSeconds})
        and (email_hash = ${hash} or address = ${address})
    ),
    pair_success as (
      select coalesce(max(attempted_at), '-infinity') as at from login_attempts
      where email_hash = ${hash} and address = ${address} and succeeded
    ),
    marked as (
      select attempted_at,
             email_hash = ${hash} and address = ${address} and attempted_at > pair_success.at as is_pair,
             email_hash = ${hash} as is_account,
             address = ${address} as is_address
      from failures, pair_success
    )
    select count(*) filter (where is_pair)::int as "pairFailures",
           extract(epoch from now() - min(attempted_at) filter (where is_pair))::float8 as "pairOldest",
           count(*) filter (where is_account)::int as "accountFailures",
           extract(epoch from now() - min(attempted_at) filter (where is_account))::float8 as "accountOldest",
           count(*) filter (where is_address)::int as "addressFailures",
           extract(epoch from now() - min(attempted_at) filter (where is_address))::float8 as "addressOldest"
    from marked`;
  return [
    [countOf(row, 'pair'), limits.maxFailuresPerAccountAndAddress],
    [countOf(row, 'account'), limits.maxFailuresPerAccount],
    [countOf(row, 'address'), limits.maxFailuresPerAddress],
  ];
}

export async function markLoginSucceeded(sql: Sql, attemptId: string): Promise<void> {
  await sql`update login_attempts set succeeded = true where id = ${attemptId}`;
}

/** Attempts older than a day tell the limiter nothing; drop them now and then. */
export async function pruneLoginAttempts(sql: Sql): Promise<void> {
  await sql`delete from login_attempts where attempted_at < now() - interval '1 day'`;
}
