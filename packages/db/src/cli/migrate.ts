// Applies pending migrations to the database named by DATABASE_OWNER_URL (the owner role).
import { createSql } from '../client.ts';
import { migrate } from '../migrate.ts';

const url = process.env.DATABASE_OWNER_URL;
if (!url) {
  console.error(
    'Sätt DATABASE_OWNER_URL till ägarrollens anslutning (postgres://samsyn_owner:…@host/samsyn).',
  );
  process.exit(2);
}
const sql = createSql(url, { max: 1, applicationName: 'samsyn-migrate' });
try {
  const result = await migrate(sql);
  console.warn(`Applied ${result.applied.length} migration(s): ${result.applied.join(', ') || '—'}`);
} finally {
  await sql.end();
}
