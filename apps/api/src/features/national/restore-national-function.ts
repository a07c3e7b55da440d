import { readFile } from 'node:fs/promises';
import type { Sql } from '@samsyn/db';

/**
 * For tests that must go red without a migration's rule: puts the `refresh_national_figures` of
 * an earlier migration back in the test's own database and refreshes one förbund's year with it.
 */
export async function refreshWithNationalFunctionOf(
  superuser: Sql,
  migrationFile: string,
  tenant: string,
  year: number,
): Promise<void> {
  const migration = await readFile(
    new URL(`../../../../../packages/db/migrations/${migrationFile}`, import.meta.url),
    'utf8',
  );
  const start = migration.search(/function refresh_national_figures\(/);
  if (start < 0) throw new Error(`${migrationFile} does not define refresh_national_figures`);
  const end = migration.indexOf('end $$;', start) + 'end $$;'.length;
  await superuser.unsafe(`create or replace ${migration.slice(start, end)}`);
  await superuser`select refresh_national_figures(t.id, ${year}) from tenants t where t.slug = ${tenant}`;
}
