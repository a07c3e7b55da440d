import { type Queryable, recordAudit, type TransactionSql } from '@samsyn/db';
import { DomainError, type TenantRole } from '@samsyn/domain';
import { randomToken, sha256Hex } from '../../auth/tokens.ts';
import { type MailScope, queueMail } from '../../mail/outbox.ts';
import { invitationMail } from '../../mail/templates.ts';
import type { LinkOrigin, TenantCtx } from '../verb-context.ts';

export interface InvitationScope {
  tenantId: string;
  tenantName: string;
  actorId: string | null;
  publicOrigin: string;
  /** `platform` for the first admin's invitation at onboarding: the platform's mail, not the förbund's. */
  mailScope?: MailScope;
}

export interface CreatedInvitation {
  id: string;
  email: string;
  role: TenantRole;
  expiresAt: string;
}

/** Where an invitation link points. The secret sits in the fragment, which browsers never send to servers or in Referer headers. */
export const invitationLink = (origin: string, token: string) => `${origin}/inbjudan#${token}`;

/** The scope an admin's invitation is stored and mailed in: their förbund, them as the inviter. */
export const invitationScopeOf = (ctx: TenantCtx & LinkOrigin): InvitationScope => ({
  tenantId: ctx.tenant.id,
  tenantName: ctx.tenant.name,
  actorId: ctx.actor.userId,
  publicOrigin: ctx.publicOrigin,
});

/**
 * Invites someone to the förbund by email (see `storeInvitation`), in the caller's tenant
 * transaction. Förbund admins.
 */
export const createInvitation = (ctx: TenantCtx & LinkOrigin, input: { email: string; role: TenantRole }) =>
  storeInvitation(ctx.tx, invitationScopeOf(ctx), input);

/**
 * Stores an invitation (SHA-256 of its secret only), revokes an earlier open invitation to the
 * same email (re-sending replaces it), queues the mail and audits — all in the caller's
 * transaction, which must be bound to `scope.tenantId`. For förbund admins (`createInvitation`)
 * and platform admins at onboarding.
 */
export async function storeInvitation(
  tx: TransactionSql,
  scope: InvitationScope,
  input: { email: string; role: TenantRole },
): Promise<CreatedInvitation> {
  const [member] = await tx`
    select 1 from memberships m join users u on u.id = m.user_id
    where m.tenant_id = ${scope.tenantId} and u.email = ${input.email} and m.is_active`;
  if (member) throw new DomainError('CONFLICT', 'invitation.alreadyMember');
  // A platform admin works outside every förbund (a trigger on memberships holds this too).
  if (await isPlatformAdminEmail(tx, input.email))
    throw new DomainError('INVALID', 'invitation.platformAdmin');
  await tx`
    update invitations set revoked_at = now()
    where tenant_id = ${scope.tenantId} and email = ${input.email} and accepted_at is null and revoked_at is null`;
  const token = `${randomToken()}${randomToken()}`;
  const [row] = await tx<{ id: string; expiresAt: Date }[]>`
    insert into invitations (tenant_id, email, role, token_hash, invited_by)
    values (${scope.tenantId}, ${input.email}, ${input.role}, decode(${sha256Hex(token)}, 'hex'), ${scope.actorId})
    returning id, expires_at as "expiresAt"`;
  if (!row) throw new Error('invitation insert returned no row');
  const [inviter] = scope.actorId
    ? await tx<{ name: string }[]>`select name from users where id = ${scope.actorId}`
    : [];
  await queueMail(tx, {
    to: input.email,
    subjectTenantId: scope.tenantId,
    scope: scope.mailScope ?? 'tenant',
    ...invitationMail({
      tenantName: scope.tenantName,
      role: input.role,
      link: invitationLink(scope.publicOrigin, token),
      inviterName: inviter?.name ?? null,
      expiresAt: row.expiresAt,
    }),
  });
  await recordAudit(tx, {
    action: 'invitation.create',
    entity: 'invitation',
    entityId: row.id,
    after: { email: input.email, role: input.role },
  });
  return { id: row.id, email: input.email, role: input.role, expiresAt: row.expiresAt.toISOString() };
}

/** Whether the email belongs to a platform admin, who may never hold a membership. */
export async function isPlatformAdminEmail(tx: Queryable, email: string): Promise<boolean> {
  const [row] = await tx`
    select 1 from users u join user_global_roles g on g.user_id = u.id
    where u.email = ${email} and g.role = 'platform_admin'`;
  return row !== undefined;
}
