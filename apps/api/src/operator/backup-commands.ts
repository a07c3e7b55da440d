import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  backupDatabase,
  createSql,
  DATABASE_NAME,
  migrate,
  type OperatorConnection,
  readManifest,
  restoreDatabase,
} from '@samsyn/db';

const needsBypass =
  'Säkerhetskopiering behöver en roll som går förbi radsäkerheten: sätt DATABASE_BACKUP_URL (t.ex. databasens superuser).';

/** Operator output goes to stdout, so that `--link` and reports can be piped. */
const print = (text: string) => process.stdout.write(`${text}\n`);

/**
 * `pnpm samsyn db:backup [--out <katalog>]`: a consistent copy of every table, taken from one
 * snapshot while the server keeps running (see packages/db/src/backup.ts).
 */
export async function runBackup(connection: OperatorConnection, args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
  const stamp = new Date().toISOString().replaceAll(':', '').replace(/\..*/, '');
  const dir = path.resolve(values.out ?? path.join('backups', `samsyn-${stamp}`));
  const url = connection.bypassUrl();
  if (!url) throw new Error(needsBypass);
  const sql = createSql(url, { max: 1, applicationName: 'samsyn-backup' });
  try {
    const manifest = await backupDatabase(sql, dir);
    const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    print(
      `Säkerhetskopian är klar: ${dir}\n${manifest.tables.length} tabeller, ${rows} rader, ${manifest.migrations.length} migreringar (PostgreSQL ${manifest.serverVersion}).`,
    );
  } finally {
    await sql.end();
  }
}

/**
 * `pnpm samsyn db:restore --from <katalog> [--database <namn>]`: restores a backup into an empty
 * database (created and migrated here with the embedded database; prepared by the DBA otherwise),
 * checks every table's row count and checksum against the backup, and changes nothing if one
 * differs. The restore drill in README.md restores into a second database beside the live one.
 */
export async function runRestore(connection: OperatorConnection, args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { from: { type: 'string' }, database: { type: 'string' } } });
  if (!values.from) throw new Error('Ange säkerhetskopians katalog med --from.');
  const dir = path.resolve(values.from);
  await readManifest(dir);
  const database = values.database ?? DATABASE_NAME;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(database))
    throw new Error('Databasens namn: små bokstäver, siffror och _.');
  await connection.createDatabase(database);
  const ownerUrl = connection.ownerUrl(database);
  if (ownerUrl) {
    const owner = createSql(ownerUrl, { max: 1, applicationName: 'samsyn-migrate' });
    try {
      await migrate(owner);
    } finally {
      await owner.end();
    }
  }
  const url = connection.bypassUrl(database);
  if (!url) throw new Error(needsBypass);
  const sql = createSql(url, { max: 1, applicationName: 'samsyn-restore' });
  try {
    const tables = await restoreDatabase(sql, dir);
    const rows = tables.reduce((sum, table) => sum + table.rows, 0);
    print(
      `Återställt till databasen ${database}: ${tables.length} tabeller, ${rows} rader; antal rader och kontrollsummor stämmer för varje tabell.`,
    );
  } finally {
    await sql.end();
  }
}
