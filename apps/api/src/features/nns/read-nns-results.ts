import type { NnsScopeKind } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';

export interface NnsResultRow {
  indicatorCode: string;
  year: number;
  scope: NnsScopeKind;
  scopeId: string | null;
  /** Number of answers; below five the value is shown as ".." and counts as not measured. */
  n: number;
  /** Mean score as numeric text ('7.40'). */
  value: string;
  nationalValue: string | null;
}

/**
 * The förbund's NNS results for the years (and statements), every scope, as stored: the follow-up
 * reads its NNS indicators through this. Viewers and up; scoped to the caller's förbund. Values
 * with n < 5 are returned with their n: the caller must treat them as not measured.
 */
export async function readNnsResults(
  ctx: TenantCtx,
  input: { years: number[]; codes?: string[] },
): Promise<NnsResultRow[]> {
  if (input.years.length === 0) return [];
  const rows = await ctx.tx<NnsResultRow[]>`
    select indicator_code as "indicatorCode", year::integer as year, scope,
           coalesce(intervention_id, local_group_id) as "scopeId", respondents as n,
           value::text as value, national_value::text as "nationalValue"
    from nns_results
    where tenant_id = ${ctx.tenant.id} and year = any(${input.years}::integer[])
      ${input.codes ? ctx.tx`and indicator_code = any(${input.codes}::text[])` : ctx.tx``}
    order by year, indicator_code, scope, "scopeId"`;
  return [...rows];
}
