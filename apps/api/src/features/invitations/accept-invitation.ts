import { enterScope, recordAudit, type TransactionSql } from '@samsyn/db';
import { DomainError, isReasonKey, newPasswordSchema, type TenantRole } from '@samsyn/domain';
import { renewDevice } from '../../auth/device-trust.ts';
import { beginLoginAttempt, markLoginSucceeded, refuseIfThrottled } from '../../auth/login-throttle.ts';
import { hashPassword, verifyPassword } from '../../auth/password.ts';
import { startSession } from '../../auth/session.ts';
import { sha256Hex } from '../../auth/tokens.ts';
import { type LoginCtx, loginClientOf } from '../auth/login.ts';
import type { PublicCtx } from '../verb-context.ts';
import { isPlatformAdminEmail } from './create-invitation.ts';

export interface InvitationView {
  tenantName: string;
  email: string;
  role: TenantRole;
  state: 'open' | 'expired' | 'accepted' | 'revoked' | 'unavailable';
  /** The email already has an account: accepting asks for its password instead of a new one. */
  hasAccount: boolean;
}

interface InvitationRow extends InvitationView {
  id: string;
  tenantId: string;
}

/**
 * Reads the one invitation whose secret the caller holds. Row-level security shows it only because
 * the transaction carries the hash of that secret (policy `by_token`).
 */
async function findByToken(tx: TransactionSql, token: string): Promise<InvitationRow | null> {
  await enterScope(tx, { invitationTokenHash: sha256Hex(token) });
  const [row] = await tx<InvitationRow[]>`
    select i.id, i.tenant_id as "tenantId", t.name as "tenantName", i.email, i.role,
           case when i.accepted_at is not null then 'accepted'
                when i.revoked_at is not null then 'revoked'
                when i.expires_at <= now() then 'expired'
                when t.status <> 'active' then 'unavailable'
                else 'open' end as state,
           exists (select 1 from users u where u.email = i.email) as "hasAccount"
    from invitations i join tenants t on t.id = i.tenant_id
    where i.token_hash = decode(${sha256Hex(token)}, 'hex')`;
  return row ?? null;
}

/** What the accept page shows. Public: knowing the link is the permission. */
export async function getInvitation(
  { sql }: Pick<PublicCtx, 'sql'>,
  { token }: { token: string },
): Promise<InvitationView> {
  const row = (await sql.begin((tx) => findByToken(tx, token))) as InvitationRow | null;
  if (!row) throw new DomainError('NOT_FOUND', 'invitation.notFound');
  const { tenantName, email, role, state, hasAccount } = row;
  return { tenantName, email, role, state, hasAccount };
}

/**
 * Accepts an invitation: creates the account (name and password) or, when the email already has
 * one, checks that account's password and adds a membership. Marks the invitation used, audits,
 * and logs the user in — one transaction. Throttled like login, since it checks a password, with
 * the same trusted devices; a success makes the browser one for the account.
 */
export async function acceptInvitation(
  ctx: LoginCtx,
  input: { token: string; name?: string | undefined; password: string },
): Promise<{ token: string; deviceCookie: string; tenantSlug: string }> {
  const preview = await getInvitation(ctx, input);
  if (preview.state !== 'open') throw new DomainError('CONFLICT', `invitation.${preview.state}`);
  // Whoever holds the link of a platform admin's address gets nothing (the memberships trigger
  // refuses it too; this is the clear answer).
  if (await isPlatformAdminEmail(ctx.sql, preview.email))
    throw new DomainError('FORBIDDEN', 'invitation.platformAdmin');
  const attempt = await beginLoginAttempt(ctx.sql, preview.email, loginClientOf(ctx), ctx.config.loginLimits);
  refuseIfThrottled(attempt);
  let newPasswordHash: string | null = null;
  if (!preview.hasAccount) {
    const name = input.name?.trim() ?? '';
    if (name.length < 2) throw new DomainError('INVALID', 'name.tooShort');
    const password = newPasswordSchema.safeParse(input.password);
    if (!password.success) {
      const key = password.error.issues[0]?.message;
      throw new DomainError('INVALID', isReasonKey(key) ? key : 'password.invalid');
    }
    newPasswordHash = await hashPassword(input.password);
  }

  const result = (await ctx.sql.begin(async (tx) => {
    const invitation = await findByToken(tx, input.token);
    if (!invitation) throw new DomainError('CONFLICT', 'invitation.notOpen');
    await enterScope(tx, { tenantId: invitation.tenantId, requestId: ctx.requestId });
    // Re-checked under a row lock: of two simultaneous accepts, the second sees the first's.
    const [locked] = await tx<{ isOpen: boolean }[]>`
      select accepted_at is null and revoked_at is null and expires_at > now() as "isOpen"
      from invitations where tenant_id = ${invitation.tenantId} and id = ${invitation.id} for update`;
    if (!locked?.isOpen || invitation.state === 'unavailable') {
      throw new DomainError('CONFLICT', 'invitation.notOpen');
    }

    let userId: string;
    const [existing] = await tx<{ id: string; passwordHash: string | null; isActive: boolean }[]>`
      select id, password_hash as "passwordHash", is_active as "isActive" from users where email = ${invitation.email}`;
    if (existing) {
      const isValid =
        existing.isActive && existing.passwordHash
          ? await verifyPassword(existing.passwordHash, input.password)
          : false;
      if (!isValid) throw new DomainError('UNAUTHENTICATED', 'auth.invalidCredentials');
      userId = existing.id;
    } else {
      const [created] = await tx<{ id: string }[]>`
        insert into users (email, name, password_hash)
        values (${invitation.email}, ${input.name?.trim() ?? ''}, ${newPasswordHash})
        returning id`;
      if (!created) throw new Error('user insert returned no row');
      userId = created.id;
    }
    await enterScope(tx, { userId });
    await tx`
      insert into memberships (tenant_id, user_id, role) values (${invitation.tenantId}, ${userId}, ${invitation.role})
      on conflict (tenant_id, user_id) do update set role = excluded.role, is_active = true, version = memberships.version + 1`;
    await tx`
      update invitations set accepted_at = now(), accepted_by = ${userId}
      where tenant_id = ${invitation.tenantId} and id = ${invitation.id}`;
    await recordAudit(tx, {
      action: 'invitation.accept',
      entity: 'membership',
      entityId: userId,
      after: { email: invitation.email, role: invitation.role, newAccount: !existing },
    });
    const [tenant] = await tx<{ slug: string }[]>`select slug from tenants where id = ${invitation.tenantId}`;
    const session = await startSession(tx, userId, ctx.config.session, ctx.userAgent);
    const deviceCookie = await renewDevice(tx, userId, attempt.presentedDevices, attempt.deviceId);
    return { token: session.token, deviceCookie, tenantSlug: tenant?.slug ?? '' };
  })) as { token: string; deviceCookie: string; tenantSlug: string };
  await markLoginSucceeded(ctx.sql, attempt.attemptId);
  return result;
}
