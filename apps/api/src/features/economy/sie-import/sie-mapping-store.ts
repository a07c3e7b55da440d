import type { TransactionSql } from '@samsyn/db';
import type { SieLineTarget } from '@samsyn/domain';

/** The account → line choices remembered from earlier imports. */
export async function loadAccountMappings(
  tx: TransactionSql,
  tenantId: string,
): Promise<Map<string, SieLineTarget>> {
  const rows = await tx<{ account: string; lineId: string | null }[]>`
    select account, line_id as "lineId" from account_line_mappings where tenant_id = ${tenantId}`;
  return new Map(
    rows.map((row): [string, SieLineTarget] => [
      row.account,
      row.lineId === null ? { type: 'ignore' } : { type: 'line', lineId: row.lineId },
    ]),
  );
}

/** Remembers where an account goes; writes nothing when that is already remembered. */
export async function saveAccountMapping(
  tx: TransactionSql,
  tenantId: string,
  account: string,
  lineId: string | null,
): Promise<void> {
  await tx`
    insert into account_line_mappings (tenant_id, account, line_id, is_ignored)
    values (${tenantId}, ${account}, ${lineId}, ${lineId === null})
    on conflict (tenant_id, account) do update
      set line_id = excluded.line_id, is_ignored = excluded.is_ignored,
          version = account_line_mappings.version + 1
      where account_line_mappings.line_id is distinct from excluded.line_id`;
}

const objectKey = (dimension: number, objectId: string) => `${dimension}|${objectId}`;

/** The object → intervention choices remembered from earlier imports, by `dimension|objectId`. */
export async function loadObjectMappings(tx: TransactionSql, tenantId: string): Promise<Map<string, string>> {
  const rows = await tx<{ dimension: number; objectId: string; interventionId: string }[]>`
    select dimension, object_id as "objectId", intervention_id as "interventionId"
    from sie_object_mappings where tenant_id = ${tenantId}`;
  return new Map(rows.map((row) => [objectKey(row.dimension, row.objectId), row.interventionId]));
}

/** Remembers (or, with null, forgets) the intervention an object is. */
export async function saveObjectMapping(
  tx: TransactionSql,
  tenantId: string,
  mapping: { dimension: number; objectId: string; interventionId: string | null },
): Promise<void> {
  if (mapping.interventionId === null) {
    await tx`delete from sie_object_mappings
             where tenant_id = ${tenantId} and dimension = ${mapping.dimension} and object_id = ${mapping.objectId}`;
    return;
  }
  await tx`
    insert into sie_object_mappings (tenant_id, dimension, object_id, intervention_id)
    values (${tenantId}, ${mapping.dimension}, ${mapping.objectId}, ${mapping.interventionId})
    on conflict (tenant_id, dimension, object_id) do update
      set intervention_id = excluded.intervention_id, version = sie_object_mappings.version + 1
      where sie_object_mappings.intervention_id <> excluded.intervention_id`;
}

export { objectKey };
