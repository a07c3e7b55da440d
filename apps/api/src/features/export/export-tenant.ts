import { strToU8, zipSync } from 'fflate';
import type { TenantCtx, VerbTenant } from '../verb-context.ts';
import { toCsv } from './to-csv.ts';

export interface ExportManifest {
  format: 'samsyn-export/1';
  tenant: { id: string; slug: string; name: string };
  exportedAt: string;
  tables: { name: string; file: string; rows: number }[];
}

/**
 * Everything a förbund has in Samsyn: one CSV per table that carries its tenant_id (found from the
 * catalogue, so new tables are included without anyone remembering to), plus a JSON manifest with
 * row counts, zipped. Runs in the caller's tenant transaction, so row-level security applies too.
 * The caller may be a platform admin without a role in the förbund, hence no `role` here.
 */
export async function exportTenant({
  tx,
  tenant,
}: Pick<TenantCtx, 'tx'> & { tenant: Pick<VerbTenant, 'id' | 'slug' | 'name'> }): Promise<{
  zip: Uint8Array;
  manifest: ExportManifest;
}> {
  const tables = await tx<{ name: string }[]>`
    select c.relname as name from pg_class c
    join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
    join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
    where c.relkind in ('r', 'p') order by c.relname`;
  const files: Record<string, Uint8Array> = {};
  const manifest: ExportManifest = {
    format: 'samsyn-export/1',
    tenant,
    exportedAt: new Date().toISOString(),
    tables: [],
  };
  for (const { name } of tables) {
    const columns = await tx<{ column: string }[]>`
      select attname as column from pg_attribute
      where attrelid = ${name}::regclass and attnum > 0 and not attisdropped order by attnum`;
    // Secrets never leave: invitation token hashes are useless to the förbund and sensitive.
    const exported = columns
      .map((c) => c.column)
      .filter((c) => !(name === 'invitations' && c === 'token_hash'));
    const rows = await tx.unsafe<Record<string, unknown>[]>(
      `select ${exported.map((c) => `"${c}"`).join(', ')} from "${name}" where tenant_id = $1 order by 1, 2`,
      [tenant.id],
    );
    const file = `${name}.csv`;
    files[file] = strToU8(toCsv(exported, rows));
    manifest.tables.push({ name, file, rows: rows.length });
  }
  files['manifest.json'] = strToU8(JSON.stringify(manifest, null, 2));
  return { zip: zipSync(files, { level: 6 }), manifest };
}
