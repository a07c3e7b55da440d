import type { Queryable } from '@samsyn/db';
import { DomainError } from '@samsyn/domain';
import type { MailScope } from '../../mail/outbox.ts';
import type { PlatformCtx, TenantCtx } from '../verb-context.ts';

export interface OutboxMail {
  id: number;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
  sentAt: string | null;
}

/** The secret of an invitation link (`/inbjudan#<token>`); see `invitationLink`. */
const invitationSecret = /(\/inbjudan#)[A-Za-z0-9_-]+/g;
/** What stands where a secret was: visibly not a working link. */
export const REDACTED_SECRET = '••••••';

/**
 * A mail as a reader other than its recipient may see it: every invitation secret replaced.
 * Whoever reads a link can use it, so no outbox reader (the platform admin, a förbund admin) ever
 * gets one for someone else's invitation; the operator of a demo machine, who holds the database
 * anyway, prints them with `pnpm samsyn outbox`.
 */
export const redactSecrets = (text: string) => text.replace(invitationSecret, `$1${REDACTED_SECRET}`);

/** Whether this machine lets anyone read its outbox (development and demo only). */
export interface OutboxAccess {
  config: { isOutboxReadable: boolean };
}

/** The förbund's own mail, for its admins. Scoped by the tenant transaction and subject_tenant_id. */
export const listTenantOutbox = (ctx: TenantCtx & OutboxAccess) =>
  listOutbox(ctx.tx, {
    isReadable: ctx.config.isOutboxReadable,
    scope: 'tenant',
    subjectTenantId: ctx.tenant.id,
  });

/** The platform's own mail (first admins' invitations), for platform admins. */
export const listPlatformOutbox = (ctx: PlatformCtx & OutboxAccess) =>
  listOutbox(ctx.sql, { isReadable: ctx.config.isOutboxReadable, scope: 'platform', subjectTenantId: null });

/**
 * Recent mail of one scope (development and demo only): the platform's own mail for the platform
 * console, one förbund's mail for its admins. Secrets are never shown (`redactSecrets`).
 */
async function listOutbox(
  db: Queryable,
  options: { isReadable: boolean; scope: MailScope; subjectTenantId: string | null },
): Promise<OutboxMail[]> {
  if (!options.isReadable) throw new DomainError('FORBIDDEN', 'outbox.disabled');
  const rows = await db<OutboxMail[]>`
    select id::int as id, to_address as to, subject, body_text as text,
           to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "createdAt",
           to_char(sent_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "sentAt"
    from mail_outbox
    where scope = ${options.scope}
      and ${options.scope === 'tenant' ? db`subject_tenant_id = ${options.subjectTenantId}` : db`true`}
    order by id desc limit 50`;
  return rows.map((mail) => ({ ...mail, text: redactSecrets(mail.text) }));
}
