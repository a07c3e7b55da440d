// Samsyn's command line: `pnpm samsyn <command>`.
//   admin:create --email <email> [--name <name>]
//     Creates a platform admin (or gives an existing user the role). The password is read from
//     stdin or asked for at the prompt — never taken as an argument, where it would end up in the
//     shell history and the process list.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createSql, openDatabase, recordPlatformAudit } from '@samsyn/db';
import { emailSchema, newPasswordSchema } from '@samsyn/domain';
import { hashPassword } from './auth/password.ts';
import { loadConfig } from './config.ts';

const usage =
  'Användning: pnpm samsyn admin:create --email <e-post> [--name <namn>]  (lösenordet läses från stdin)';

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
      await tx`select set_config('app.request_id', 'cli-admin-create', true)`;
      const [existing] = await tx<{ id: string }[]>`select id from users where email = ${email.data}`;
      const [user] = existing
        ? await tx<{ id: string }[]>`
            update users set password_hash = ${passwordHash}, version = version + 1 where id = ${existing.id} returning id`
        : await tx<{ id: string }[]>`
            insert into users (email, name, password_hash)
            values (${email.data}, ${values.name?.trim() || email.data}, ${passwordHash}) returning id`;
      if (!user) throw new Error('could not create the user');
      await tx`insert into user_global_roles (user_id, role) values (${user.id}, 'platform_admin') on conflict do nothing`;
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

const [command, ...rest] = process.argv.slice(2);
try {
  if (command === 'admin:create') await createPlatformAdmin(rest);
  else throw new Error(usage);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
