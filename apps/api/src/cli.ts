// Samsyn's command line: `pnpm samsyn <command>`.
//   admin:create --email <email> [--name <name>]
//     Creates a platform admin (or gives an existing user the role). The password is read from
//     stdin or asked for at the prompt — never taken as an argument, where it would end up in the
//     shell history and the process list.
//   outbox [--to <email>] [--link]      the outbox with its links (operator only; see outbox-command.ts)
//   db:backup [--out <dir>]             a consistent backup of every table (see backup-commands.ts)
//   db:restore --from <dir> [--database <name>]   restore into an empty database, verified per table
//   reports:remind                      mail the period reports' due section reminders of every förbund now
// The last four join a running embedded database instead of starting a second one.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createSql, enterScope, openDatabase, openOperatorConnection, recordPlatformAudit } from '@samsyn/db';
import { emailSchema, newPasswordSchema } from '@samsyn/domain';
import { hashPassword } from './auth/password.ts';
import { loadConfig } from './config.ts';
import { runBackup, runRestore } from './operator/backup-commands.ts';
import { printOutbox } from './operator/outbox-command.ts';
import { runReportsRemind } from './operator/reports-remind-command.ts';

const usage = [
  'Användning:',
  '  pnpm samsyn admin:create --email <e-post> [--name <namn>]  (lösenordet läses från stdin)',
  '  pnpm samsyn outbox [--to <e-post>] [--link]',
  '  pnpm samsyn db:backup [--out <katalog>]',
  '  pnpm samsyn db:restore --from <katalog> [--database <namn>]',
  '  pnpm samsyn reports:remind',
].join('\n');

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let input = '';
    for await (const chunk of process.stdin) input += chunk;
    return input.replace(/\r?\n$/, '');
  }
  const ask = (question: string) =>
    new Promise<string>((resolve) => {
      const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
      // Echo nothing while the password is typed.
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (text: string) => {
        if (text.startsWith(question)) process.stdout.write(question);
      };
      rl.question(question, (answer) => {
        rl.close();
        process.stdout.write('\n');
        resolve(answer);
      });
    });
  const first = await ask('Lösenord (minst 12 tecken): ');
  const second = await ask('Upprepa lösenordet: ');
  if (first !== second) throw new Error('Lösenorden är inte lika.');
  return first;
}

async function createPlatformAdmin(args: string[]) {
  const { values } = parseArgs({ args, options: { email: { type: 'string' }, name: { type: 'string' } } });
  const email = emailSchema.safeParse(values.email ?? '');
  if (!email.success) throw new Error(`Ange en giltig e-postadress med --email.\n${usage}`);
  const password = newPasswordSchema.safeParse(await readPassword());
  if (!password.success) throw new Error('Lösenordet måste ha minst 12 tecken.');
  const passwordHash = await hashPassword(password.data);

  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    ownerUrl: config.databaseOwnerUrl,
    dataDir: config.dataDir,
  });
  const sql = createSql(database.appUrl, { max: 1, applicationName: 'samsyn-cli' });
  try {
    const outcome = await sql.begin(async (tx) => {
      await enterScope(tx, { requestId: 'cli-admin-create' });
      const [existing] = await tx<{ id: string }[]>`select id from users where email = ${email.data}`;
      const [user] = existing
        ? await tx<{ id: string }[]>`
            update users set password_hash = ${passwordHash}, version = version + 1 where id = ${existing.id} returning id`
        : await tx<{ id: string }[]>`
            insert into users (email, name, password_hash)
            values (${email.data}, ${values.name?.trim() || email.data}, ${passwordHash}) returning id`;
      if (!user) throw new Error('could not create the user');
      // A member of a förbund cannot be a platform admin (migration 0010's trigger says so).
      await tx`insert into user_global_roles (user_id, role) values (${user.id}, 'platform_admin') on conflict do nothing`.catch(
        (error: { code?: string }) => {
          if (error.code !== '42501') throw error;
          throw new Error(
            `${email.data} är medlem i ett förbund och kan inte bli plattformsadministratör. Använd en annan adress.`,
          );
        },
      );
      await recordPlatformAudit(tx, { action: 'platformAdmin.create', entity: 'user', entityId: user.id });
      return existing ? 'updated' : 'created';
    });
    console.warn(
      outcome === 'created'
        ? `Plattformsadministratören ${email.data} är skapad.`
        : `${email.data} fanns redan och är nu plattformsadministratör med det nya lösenordet.`,
    );
  } finally {
    await sql.end();
    await database.stop();
  }
}

/** Runs an operator command against the configured or the (running) embedded database. */
async function withOperatorConnection(
  run: (connection: Awaited<ReturnType<typeof openOperatorConnection>>) => Promise<void>,
) {
  const config = loadConfig();
  const connection = await openOperatorConnection({
    databaseUrl: config.databaseUrl,
    ownerUrl: config.databaseOwnerUrl,
    backupUrl: config.databaseBackupUrl,
    dataDir: config.dataDir,
  });
  try {
    await run(connection);
  } finally {
    await connection.close();
  }
}

/** Where mailed links point when the CLI runs outside a request: PUBLIC_ORIGIN, else this machine. */
const reminderOrigin = (config: ReturnType<typeof loadConfig>) =>
  config.publicOrigin ?? `http://localhost:${config.port}`;

const [command, ...rest] = process.argv.slice(2);
try {
  if (command === 'admin:create') await createPlatformAdmin(rest);
  else if (command === 'outbox') await withOperatorConnection((c) => printOutbox(c, rest));
  else if (command === 'db:backup') await withOperatorConnection((c) => runBackup(c, rest));
  else if (command === 'db:restore') await withOperatorConnection((c) => runRestore(c, rest));
  else if (command === 'reports:remind')
    await withOperatorConnection((c) => runReportsRemind(c, reminderOrigin(loadConfig())));
  else throw new Error(usage);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
