import { type CheckedNnsRow, checkNnsRows, type NnsImportRow, type NnsRowProblem } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';

export interface ResolvedNnsRow extends CheckedNnsRow {
  interventionId: string | null;
  localGroupId: string | null;
}

/**
 * A result file's rows checked against NNS's wording (`checkNnsRows`) and each scope found in the
 * förbund: an intervention or local group named exactly (case aside) as the file names it; a name
 * that matches none, or more than one intervention, is a problem of its row.
 */
export async function resolveNnsRows(
  ctx: TenantCtx,
  rows: readonly NnsImportRow[],
): Promise<{ ok: true; rows: ResolvedNnsRow[] } | { ok: false; problems: NnsRowProblem[] }> {
  const checked = checkNnsRows(rows);
  if (!checked.ok) return checked;
  const tenantId = ctx.tenant.id;
  const [interventions, localGroups] = await Promise.all([
    ctx.tx<{ id: string; name: string }[]>`
      select id, lower(name) as name from interventions where tenant_id = ${tenantId}`,
    ctx.tx<{ id: string; name: string }[]>`
      select id, lower(name) as name from local_groups where tenant_id = ${tenantId}`,
  ]);
  const idsByName = (list: readonly { id: string; name: string }[]) => {
    const map = new Map<string, string[]>();
    for (const { id, name } of list) map.set(name, [...(map.get(name) ?? []), id]);
    return map;
  };
  const interventionIds = idsByName(interventions);
  const localGroupIds = idsByName(localGroups);
  const problems: NnsRowProblem[] = [];
  const resolved: ResolvedNnsRow[] = [];
  for (const row of checked.rows) {
    const { scopeRef } = row;
    if (scopeRef.kind === 'forbund') {
      resolved.push({ ...row, interventionId: null, localGroupId: null });
      continue;
    }
    const ids = (scopeRef.kind === 'intervention' ? interventionIds : localGroupIds).get(
      scopeRef.name.toLowerCase(),
    );
    if (ids?.length !== 1) {
      problems.push({ reason: 'nns.unknownScope', row: row.row, text: row.scope });
      continue;
    }
    const [id = null] = ids;
    resolved.push({
      ...row,
      interventionId: scopeRef.kind === 'intervention' ? id : null,
      localGroupId: scopeRef.kind === 'localGroup' ? id : null,
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows: resolved };
}

/** The year's import number: the version its rows carry, 0 when it has none. */
export async function readNnsYearVersion(
  ctx: TenantCtx,
  year: number,
): Promise<{ version: number; count: number }> {
  const [row] = await ctx.tx<{ version: number; count: number }[]>`
    select coalesce(max(version), 0)::integer as version, count(*)::integer as count
    from nns_results where tenant_id = ${ctx.tenant.id} and year = ${year}`;
  return row ?? { version: 0, count: 0 };
}
