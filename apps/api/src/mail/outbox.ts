import type { Queryable, Sql } from '@samsyn/db';
import type { Logger } from '../logger.ts';
import type { Mailer } from './mailer.ts';
import type { MailContent } from './templates.ts';

/**
 * Records a mail in the outbox inside the caller's transaction (the transactional outbox
 * pattern): it is sent only if the change that caused it commits, and never lost if sending fails.
 */
export async function queueMail(
  tx: Queryable,
  mail: MailContent & {
    to: string;
    subjectTenantId: string | null;
    /** Whose mail it is: who may read it in the outbox (the platform console or the förbund's admins). */
    scope: MailScope;
  },
): Promise<void> {
  await tx`
    insert into mail_outbox (subject_tenant_id, to_address, subject, body_text, scope)
    values (${mail.subjectTenantId}, ${mail.to}, ${mail.subject}, ${mail.text}, ${mail.scope})`;
}

export type MailScope = 'platform' | 'tenant';

/**
 * Sends pending mail over SMTP every few seconds. Rows are claimed with SKIP LOCKED so that
 * several API replicas never send the same mail twice.
 */
export function startMailDelivery(sql: Sql, mailer: Mailer, log: Logger, intervalMs = 5000): () => void {
  let isRunning = false;
  const tick = async () => {
    if (isRunning) return;
    isRunning = true;
    try {
      await sql.begin(async (tx) => {
        const pending = await tx<{ id: string; to: string; subject: string; text: string }[]>`
          select id, to_address as to, subject, body_text as text from mail_outbox
          where sent_at is null and send_error is null
          order by id limit 20 for update skip locked`;
        for (const mail of pending) {
          try {
            await mailer.send(mail);
            await tx`update mail_outbox set sent_at = now() where id = ${mail.id}`;
          } catch (error) {
            log.warn({ err: error, mailId: mail.id }, 'mail delivery failed');
            await tx`update mail_outbox set send_error = ${String(error).slice(0, 500)} where id = ${mail.id}`;
          }
        }
      });
    } catch (error) {
      log.error({ err: error }, 'mail delivery loop failed');
    } finally {
      isRunning = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
