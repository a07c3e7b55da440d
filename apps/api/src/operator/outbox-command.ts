import { parseArgs } from 'node:util';
import { createSql, type OperatorConnection } from '@samsyn/db';

/** Operator output goes to stdout, so that `--link` and reports can be piped. */
const print = (text: string) => process.stdout.write(`${text}\n`);

/**
 * `pnpm samsyn outbox [--to <e-post>] [--link]`: the outbox with its links, for whoever runs the
 * machine. The UI never shows an invitation's secret (issue 17: the platform admin must not be
 * able to take a förbund's invitation); on a demo or development machine without SMTP this is how
 * an invitation link reaches the person at the keyboard, who holds the database anyway.
 * `--link` prints only the newest invitation link to `--to` (for scripts and browser tests).
 */
export async function printOutbox(connection: OperatorConnection, args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { to: { type: 'string' }, link: { type: 'boolean' } } });
  const sql = createSql(connection.appUrl(), { max: 1, applicationName: 'samsyn-cli' });
  try {
    const mails = await sql<{ to: string; subject: string; text: string; createdAt: Date }[]>`
      select to_address as to, subject, body_text as text, created_at as "createdAt"
      from mail_outbox
      where ${values.to ? sql`lower(to_address) = lower(${values.to})` : sql`true`}
      order by id desc limit 20`;
    if (values.link) {
      const link = mails.map((mail) => /https?:\/\/\S+\/inbjudan#\S+/.exec(mail.text)?.[0]).find(Boolean);
      if (!link) throw new Error(`Ingen inbjudan${values.to ? ` till ${values.to}` : ''} i utkorgen.`);
      print(link);
      return;
    }
    if (mails.length === 0) print('Utkorgen är tom.');
    for (const mail of mails) {
      print(
        `Till: ${mail.to}\nÄmne: ${mail.subject}\nSkapat: ${mail.createdAt.toISOString()}\n\n${mail.text}\n${'─'.repeat(60)}`,
      );
    }
  } finally {
    await sql.end();
  }
}
