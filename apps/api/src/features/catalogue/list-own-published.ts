import type { TenantCtx } from '../verb-context.ts';

/** Which of the förbund's interventions are published, for its own pages. Viewers and up. */
export async function listOwnPublished({
  tx,
  tenant,
}: TenantCtx): Promise<{ interventionId: string; id: string; publishedAt: string }[]> {
  const rows = await tx<{ interventionId: string; id: string; publishedAt: string }[]>`
    select intervention_id as "interventionId", id,
           to_char(published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "publishedAt"
    from catalogue_entries where publisher_tenant_id = ${tenant.id} order by published_at desc`;
  return [...rows];
}
