import type { NnsImportInput, NnsRowProblem } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { type ResolvedNnsRow, readNnsYearVersion, resolveNnsRows } from './resolve-nns-rows.ts';

export type NnsImportPreview =
  | { ok: false; problems: NnsRowProblem[] }
  | {
      ok: true;
      year: number;
      rows: Omit<ResolvedNnsRow, 'scopeRef'>[];
      /** Results of the year the import replaces, and the version to send with it. */
      replacing: number;
      version: number;
    };

/**
 * What importing an NNS result file would do, without doing it: every problem with its row, or
 * the rows with their statements and scopes and how many results of the year they replace.
 * Editors and admins; writes nothing.
 */
export async function previewNnsImport(ctx: TenantCtx, input: NnsImportInput): Promise<NnsImportPreview> {
  const resolved = await resolveNnsRows(ctx, input.rows);
  if (!resolved.ok) return resolved;
  const { version, count } = await readNnsYearVersion(ctx, input.year);
  return {
    ok: true,
    year: input.year,
    rows: resolved.rows.map(({ scopeRef: _scopeRef, ...row }) => row),
    replacing: count,
    version,
  };
}
