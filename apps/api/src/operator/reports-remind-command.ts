import { createSql, type OperatorConnection } from '@samsyn/db';
import { remindEveryTenant } from '../features/report-workflow/remind-every-tenant.ts';

/**
 * `pnpm samsyn reports:remind`: mails (through the outbox) every förbund's due section reminders
 * now — what the server's hourly timer does — as the app role, one förbund per transaction. Links
 * point at PUBLIC_ORIGIN (or http://localhost:PORT without it).
 */
export async function runReportsRemind(connection: OperatorConnection, publicOrigin: string): Promise<void> {
  const sql = createSql(connection.appUrl(), { max: 1, applicationName: 'samsyn-cli' });
  try {
    const { sent, failed } = await remindEveryTenant(sql, { publicOrigin });
    process.stdout.write(`${sent} påminnelser lagda i utkorgen.\n`);
    for (const { slug, error } of failed)
      process.stderr.write(
        `Påminnelserna i ${slug} misslyckades: ${error instanceof Error ? error.message : error}\n`,
      );
    if (failed.length > 0) process.exitCode = 1;
  } finally {
    await sql.end();
  }
}
