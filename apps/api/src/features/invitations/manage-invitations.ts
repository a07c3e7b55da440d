import { recordAudit, type TransactionSql } from '@samsyn/db';
import { DomainError, type TenantRole } from '@samsyn/domain';
import type { LinkOrigin, TenantCtx } from '../verb-context.ts';
import { type CreatedInvitation, invitationScopeOf, storeInvitation } from './create-invitation.ts';

export interface InvitationSummary {
  id: string;
  email: string;
  role: TenantRole;
  state: 'open' | 'expired' | 'accepted' | 'revoked';
  createdAt: string;
  expiresAt: string;
}

/** The förbund's invitations of the last 90 days, newest first. Förbund admins. */
export async function listInvitations({ tx, tenant }: TenantCtx): Promise<InvitationSummary[]> {
  const rows = await tx<InvitationSummary[]>`
    select id, email, role,
           case when accepted_at is not null then 'accepted'
                when revoked_at is not null then 'revoked'
                when expires_at <= now() then 'expired'
                else 'open' end as state,
           to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "createdAt",
           to_char(expires_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "expiresAt"
    from invitations
    where tenant_id = ${tenant.id} and created_at > now() - interval '90 days'
    order by created_at desc`;
  return [...rows];
}

async function getOpenInvitation(tx: TransactionSql, tenantId: string, invitationId: string) {
  const [row] = await tx<{ email: string; role: TenantRole; isOpen: boolean }[]>`
    select email, role, accepted_at is null and revoked_at is null as "isOpen"
    from invitations where tenant_id = ${tenantId} and id = ${invitationId}`;
  if (!row) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'invitation' });
  if (!row.isOpen) throw new DomainError('CONFLICT', 'invitation.notOpen');
  return row;
}

/** Revokes an open invitation; its link stops working at once. Förbund admins. */
export async function revokeInvitation(
  { tx, tenant }: TenantCtx,
  { invitationId }: { invitationId: string },
): Promise<{ ok: true }> {
  const tenantId = tenant.id;
  const invitation = await getOpenInvitation(tx, tenantId, invitationId);
  await tx`update invitations set revoked_at = now() where tenant_id = ${tenantId} and id = ${invitationId}`;
  await recordAudit(tx, {
    action: 'invitation.revoke',
    entity: 'invitation',
    entityId: invitationId,
    before: { email: invitation.email, role: invitation.role },
  });
  return { ok: true };
}

/** Sends a fresh invitation (new link, new 7 days) in place of an open or expired one. Förbund admins. */
export async function resendInvitation(
  ctx: TenantCtx & LinkOrigin,
  { invitationId }: { invitationId: string },
): Promise<CreatedInvitation> {
  const { tx } = ctx;
  const [row] = await tx<{ email: string; role: TenantRole; acceptedAt: Date | null }[]>`
    select email, role, accepted_at as "acceptedAt" from invitations
    where tenant_id = ${ctx.tenant.id} and id = ${invitationId}`;
  if (!row) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'invitation' });
  if (row.acceptedAt) throw new DomainError('CONFLICT', 'invitation.notOpen');
  return storeInvitation(tx, invitationScopeOf(ctx), { email: row.email, role: row.role });
}
