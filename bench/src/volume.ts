import { randomBytes } from 'node:crypto';
import type { Sql, TransactionSql } from '@samsyn/db';

/**
 * Synthetic förbund on top of the demo data, so that every lookup the API makes (session by id,
 * tenant by slug, membership, members) runs against tables of a realistic size rather than a
 * dozen rows. Replaced by the synthetic generator's 1 000 förbund × 10 years once it exists.
 */
export interface VolumeOptions {
  tenants: number;
  /** Other people's sessions, so the session lookup is not a scan of a handful of rows. */
  sessionsPerUser: number;
  /** Past login attempts (all from other addresses, all succeeded: they throttle no one). */
  loginAttempts: number;
}

export interface BenchUser {
  email: string;
  slug: string;
  /** A distinct client address for logins, sent as X-Forwarded-For (the API trusts its proxy). */
  address: string;
}

export interface Volume {
  tenants: number;
  users: number;
  members: number;
  sessions: number;
  /** Admins of the first förbund: the readers (and, later, writers) of the tRPC scenarios. */
  readers: BenchUser[];
  /** Viewers of other förbund: they log in over and over in the login scenarios. */
  loginUsers: BenchUser[];
  /** Ids of all synthetic förbund: the floor reads these. */
  tenantIds: string[];
}

const READERS = 20;
const LOGIN_USERS = 60;
const ROLES = ['admin', 'editor', 'viewer'] as const;
const pad = (n: number) => String(n).padStart(4, '0');
const slugOf = (i: number) => `bench-${pad(i)}`;
const emailOf = (role: string, i: number) => `${role}@${slugOf(i)}.bench`;
const addressOf = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

/** Members like a real förbund's: the two state agencies, a region and 4-15 municipalities. */
function membersOf(i: number) {
  const municipalities = 4 + ((i * 7) % 12);
  return [
    { kind: 'fk', name: 'Försäkringskassan', official_code: null },
    { kind: 'af', name: 'Arbetsförmedlingen', official_code: null },
    { kind: 'region', name: `Region Bench ${i}`, official_code: String(10 + (i % 89)) },
    ...Array.from({ length: municipalities }, (_, j) => ({
      kind: 'municipality',
      name: `Benchby ${i}-${j + 1} kommun`,
      official_code: String(1000 + ((i * 31 + j) % 9000)),
    })),
  ];
}

/** Loads the volume as the owner role, in one transaction. */
export async function addVolume(owner: Sql, passwordHash: string, options: VolumeOptions): Promise<Volume> {
  return (await owner.begin(async (tx) => {
    await tx`select set_config('app.request_id', 'bench-volume', true)`;
    const tenantRows = Array.from({ length: options.tenants }, (_, i) => ({
      slug: slugOf(i),
      name: `Samordningsförbundet Bench ${i + 1}`,
      org_number: `${222100 + i}-${pad((i * 37) % 10_000)}`,
      county_code: String(1 + (i % 25)).padStart(2, '0'),
    }));
    const tenants = await tx<{ id: string; slug: string }[]>`
      insert into tenants ${tx(tenantRows)} returning id, slug`;

    const userRows = tenantRows.flatMap((_, i) =>
      ROLES.map((role) => ({
        email: emailOf(role, i),
        name: `Bench ${role} ${i + 1}`,
        password_hash: passwordHash,
      })),
    );
    const users = await tx<{ id: string; email: string }[]>`
      insert into users ${tx(userRows)} returning id, email`;
    const userIdOf = new Map(users.map((u) => [u.email, u.id]));

    let members = 0;
    for (const [i, tenant] of tenants.entries()) {
      members += await fillTenant(tx, tenant.id, i, userIdOf);
    }

    const sessionRows = users.flatMap((user) =>
      Array.from({ length: options.sessionsPerUser }, () => ({
        id: randomBytes(15).toString('base64url').toLowerCase(),
        secret_hash: randomBytes(32),
        user_id: user.id,
      })),
    );
    for (let i = 0; i < sessionRows.length; i += 5000) {
      await tx`insert into sessions ${tx(sessionRows.slice(i, i + 5000))}`;
    }
    await tx`
      insert into login_attempts (email_hash, address, succeeded, attempted_at)
      select sha256(convert_to('past' || n, 'UTF8')), '192.168.' || (n % 250) || '.' || (n % 200), true,
             now() - make_interval(secs => n)
      from generate_series(1, ${options.loginAttempts}) as n`;

    const userOf = (role: string, i: number): BenchUser => ({
      email: emailOf(role, i),
      slug: slugOf(i),
      address: addressOf(i + 1),
    });
    return {
      tenants: tenants.length,
      users: users.length,
      members,
      sessions: sessionRows.length,
      readers: Array.from({ length: Math.min(READERS, tenants.length) }, (_, i) => userOf('admin', i)),
      loginUsers: Array.from({ length: Math.min(LOGIN_USERS, tenants.length) }, (_, i) =>
        userOf('viewer', tenants.length - 1 - i),
      ),
      tenantIds: tenants.map((t) => t.id),
    };
  })) as Volume;
}

/** A förbund's own rows, written with that förbund set: row-level security binds the owner too. */
async function fillTenant(
  tx: TransactionSql,
  tenantId: string,
  i: number,
  userIdOf: Map<string, string>,
): Promise<number> {
  await tx`select set_config('app.tenant_id', ${tenantId}, true)`;
  const members = membersOf(i).map((m) => ({ ...m, tenant_id: tenantId }));
  await tx`insert into members ${tx(members)}`;
  const memberships = ROLES.map((role) => ({
    tenant_id: tenantId,
    user_id: userIdOf.get(emailOf(role, i)),
    role,
  }));
  await tx`insert into memberships ${tx(memberships)}`;
  // As onboarding does: every förbund has its settings row.
  await tx`insert into tenant_settings (tenant_id) values (${tenantId})`;
  const audit = memberships.map((m) => ({
    tenant_id: tenantId,
    actor_user_id: m.user_id,
    action: 'membership.create',
    entity: 'membership',
    entity_id: m.user_id,
    request_id: 'bench-volume',
  }));
  await tx`insert into audit_log ${tx(audit)}`;
  return members.length;
}
