import type { Queryable } from '@samsyn/db';
import { DomainError } from '@samsyn/domain';

export interface OutboxMail {
  id: number;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
  sentAt: string | null;
}

/**
 * Recent mail, for completing invitations on one machine without SMTP. Only where the
 * configuration allows it (development and demo): mails carry invitation links.
 */
export async function listOutbox(
  db: Queryable,
  options: { isReadable: boolean; subjectTenantId: string | null },
): Promise<OutboxMail[]> {
  if (!options.isReadable) throw new DomainError('FORBIDDEN', 'outbox.disabled');
  const rows = await db<OutboxMail[]>`
    select id::int as id, to_address as to, subject, body_text as text,
           to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "createdAt",
           to_char(sent_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "sentAt"
    from mail_outbox
    where ${options.subjectTenantId ? db`subject_tenant_id = ${options.subjectTenantId}` : db`true`}
    order by id desc limit 50`;
  return [...rows];
}
