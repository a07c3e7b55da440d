import { type ApplicationStatus, applicationStatuses, type Ore, oreFromDb } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';

export interface PipelineStatusRow {
  status: ApplicationStatus;
  count: number;
  /** Expected applications' rough amounts ("kan generera en projektansökan"). */
  expectedOre: Ore;
  /** Requested over the applications' yearly budgets. */
  requestedOre: Ore;
  /** The review group's proposed amounts. */
  proposedOre: Ore;
  /** Granted by the decisions. */
  grantedOre: Ore;
}

/**
 * The pipeline by status, every status in its order (0 where none): how many, and the expected,
 * requested, proposed and granted amounts. Any member of the förbund; scoped to it.
 */
export async function readPipeline({ tx, tenant }: TenantCtx): Promise<PipelineStatusRow[]> {
  const rows = await tx<
    {
      status: ApplicationStatus;
      count: number;
      expected: string;
      requested: string;
      proposed: string;
      granted: string;
    }[]
  >`
    select a.status, count(*)::int as count,
           coalesce(sum(a.expected_amount_ore), 0)::text as expected,
           coalesce(sum((select coalesce(sum(b.requested_ore), 0) from application_budget_years b
                          where b.tenant_id = a.tenant_id and b.application_id = a.id)), 0)::text as requested,
           coalesce(sum(a.proposed_amount_ore), 0)::text as proposed,
           coalesce(sum(a.granted_amount_ore), 0)::text as granted
    from applications a
    where a.tenant_id = ${tenant.id}
    group by a.status`;
  return applicationStatuses.map((status) => {
    const row = rows.find((found) => found.status === status);
    return {
      status,
      count: row?.count ?? 0,
      expectedOre: oreFromDb(row?.expected ?? 0),
      requestedOre: oreFromDb(row?.requested ?? 0),
      proposedOre: oreFromDb(row?.proposed ?? 0),
      grantedOre: oreFromDb(row?.granted ?? 0),
    };
  });
}
