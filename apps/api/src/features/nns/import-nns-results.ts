import { recordAudit } from '@samsyn/db';
import { DomainError, type NnsImportInput } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { readNnsYearVersion, resolveNnsRows } from './resolve-nns-rows.ts';

export interface NnsImportResult {
  year: number;
  imported: number;
  replaced: number;
  version: number;
}

/**
 * Imports one year's NNS result file: all or nothing, in the request's one transaction with its
 * audit entry. Any row whose question is not NNS's exact wording (or with a score off the scale,
 * an unknown scope, a repeated statement) refuses the whole file, naming the first such row and
 * its text. Replaces every result of the year; a year changed since the preview (another version)
 * gets CONFLICT. Editors and admins.
 */
export async function importNnsResults(ctx: TenantCtx, input: NnsImportInput): Promise<NnsImportResult> {
  const { tx } = ctx;
  const tenantId = ctx.tenant.id;
  const resolved = await resolveNnsRows(ctx, input.rows);
  if (!resolved.ok) {
    const [first] = resolved.problems;
    if (!first) throw new Error('refused without a problem');
    throw new DomainError('INVALID', first.reason, {
      row: first.row,
      text: first.text,
      count: resolved.problems.length,
    });
  }
  // One import of a year at a time: the second waits here and then sees the first's version.
  await tx`select pg_advisory_xact_lock(hashtext('nns_results'), hashtext(${`${tenantId}|${input.year}`}))`;
  const before = await readNnsYearVersion(ctx, input.year);
  if (before.version !== input.expectedVersion) throw new DomainError('CONFLICT', 'conflict.stale');
  const version = before.version + 1;
  await tx`delete from nns_results where tenant_id = ${tenantId} and year = ${input.year}`;
  const rows = resolved.rows.map((row) => ({
    tenant_id: tenantId,
    year: input.year,
    indicator_code: row.code,
    scope: row.scopeRef.kind,
    intervention_id: row.interventionId,
    local_group_id: row.localGroupId,
    respondents: row.n,
    value: row.value,
    national_value: row.nationalValue,
    version,
  }));
  await tx`insert into nns_results ${tx(rows)}`;
  await recordAudit(tx, {
    action: 'nns.import',
    entity: 'nnsResults',
    entityId: String(input.year),
    before: { results: before.count },
    after: {
      fileName: input.fileName,
      year: input.year,
      results: rows.length,
      codes: [...new Set(rows.map((row) => row.indicator_code))],
    },
  });
  return { year: input.year, imported: rows.length, replaced: before.count, version };
}
