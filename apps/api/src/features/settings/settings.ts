import { recordAudit, type TransactionSql } from '@samsyn/db';
import type { AllocationKey, TenantSettingsInput } from '@samsyn/domain';
import { staleOrMissing } from '../concurrency.ts';
import type { TenantCtx } from '../verb-context.ts';

export interface TenantSettings {
  name: string;
  fiscalYearStartMonth: number;
  equityGoalPercent: number;
  allocationKeyDefault: AllocationKey;
  shareNamedFigures: boolean;
  version: number;
}

/** The förbund's settings. Any member may read them (reports depend on them). */
export const getSettings = ({ tx, tenant }: TenantCtx): Promise<TenantSettings> =>
  readSettings(tx, tenant.id);

async function readSettings(tx: TransactionSql, tenantId: string): Promise<TenantSettings> {
  const [row] = await tx<TenantSettings[]>`
    select t.name, s.fiscal_year_start_month as "fiscalYearStartMonth",
           s.equity_goal_percent::float8 as "equityGoalPercent",
           s.allocation_key_default as "allocationKeyDefault", s.share_named_figures as "shareNamedFigures",
           s.version
    from tenant_settings s join tenants t on t.id = s.tenant_id
    where s.tenant_id = ${tenantId}`;
  if (!row) throw new Error(`förbund ${tenantId} has no settings row`);
  return row;
}

/**
 * Saves the settings if nobody else has since the editor loaded them (version), and audits the
 * change with before and after. Förbund admins.
 */
export async function updateSettings(
  { tx, tenant }: TenantCtx,
  input: TenantSettingsInput,
): Promise<TenantSettings> {
  const tenantId = tenant.id;
  const before = await readSettings(tx, tenantId);
  const updated = await tx`
    update tenant_settings set
      fiscal_year_start_month = ${input.fiscalYearStartMonth},
      equity_goal_percent = ${input.equityGoalPercent},
      allocation_key_default = ${input.allocationKeyDefault},
      share_named_figures = ${input.shareNamedFigures},
      version = version + 1
    where tenant_id = ${tenantId} and version = ${input.expectedVersion}
    returning 1`;
  if (updated.length === 0) staleOrMissing('settings', true);
  if (input.name !== before.name) {
    await tx`update tenants set name = ${input.name}, version = version + 1 where id = ${tenantId}`;
  }
  const after = await readSettings(tx, tenantId);
  const { version: _before, ...beforeFields } = before;
  const { version: _after, ...afterFields } = after;
  await recordAudit(tx, {
    action: 'settings.update',
    entity: 'settings',
    before: beforeFields,
    after: afterFields,
  });
  return after;
}
