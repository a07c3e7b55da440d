import {
  type NnsPublished,
  type NnsQuestionnaire,
  type NnsScopeKind,
  nnsIndicators,
  publishNnsValue,
  trimNnsDecimal,
} from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';

export interface NnsPageResult {
  code: string;
  questionnaire: NnsQuestionnaire;
  text: string;
  scope: NnsScopeKind;
  scopeId: string | null;
  /** The intervention's or local group's name; null for the förbund. */
  scopeName: string | null;
  n: number;
  /** The mean score ('7.6'), or ".." with fewer than five answers. */
  value: NnsPublished;
  nationalValue: string | null;
  /** The same statement and scope the year before, published the same way; null when none. */
  lastYear: { n: number; value: NnsPublished } | null;
}

export interface NnsPage {
  /** Years with results, newest first. */
  years: number[];
  /** The year shown (the one asked for, else the newest); null when there are none. */
  year: number | null;
  /** The shown year's import number, for the next import's expectedVersion (0: none yet). */
  version: number;
  /** Whether the shown year's results are demo estimates rather than a förbund's own. */
  isDemoEstimate: boolean;
  results: NnsPageResult[];
}

interface StoredRow {
  year: number;
  code: string;
  scope: NnsScopeKind;
  scopeId: string | null;
  scopeName: string | null;
  n: number;
  value: string;
  nationalValue: string | null;
  version: number;
  isDemoEstimate: boolean;
}

const scopeOrder: Record<NnsScopeKind, number> = { forbund: 0, intervention: 1, localGroup: 2 };
const positionOf = new Map(nnsIndicators.map((indicator, index) => [indicator.code, index]));

/**
 * The NNS results page of one year: each statement and scope with n, the score (".." below five
 * answers), NNS's national figure and last year's result. Viewers and up; the caller's förbund.
 */
export async function listNnsResults(ctx: TenantCtx, input: { year?: number | undefined }): Promise<NnsPage> {
  const tenantId = ctx.tenant.id;
  const yearRows = await ctx.tx<{ year: number }[]>`
    select distinct year::integer as year from nns_results where tenant_id = ${tenantId} order by year desc`;
  const years = yearRows.map((row) => row.year);
  const year = input.year ?? years[0] ?? null;
  if (year === null) return { years, year, version: 0, isDemoEstimate: false, results: [] };
  const rows = await ctx.tx<StoredRow[]>`
    select r.year::integer as year, r.indicator_code as code, r.scope,
           coalesce(r.intervention_id, r.local_group_id) as "scopeId", coalesce(i.name, g.name) as "scopeName",
           r.respondents as n, r.value::text as value, r.national_value::text as "nationalValue",
           r.version, r.is_demo_estimate as "isDemoEstimate"
    from nns_results r
    left join interventions i on i.tenant_id = r.tenant_id and i.id = r.intervention_id
    left join local_groups g on g.tenant_id = r.tenant_id and g.id = r.local_group_id
    where r.tenant_id = ${tenantId} and r.year in (${year}, ${year - 1})`;
  const keyOf = (row: StoredRow) => `${row.code}|${row.scope}|${row.scopeId ?? ''}`;
  const lastYear = new Map(rows.filter((row) => row.year === year - 1).map((row) => [keyOf(row), row]));
  const current = rows
    .filter((row) => row.year === year)
    .sort(
      (a, b) =>
        (positionOf.get(a.code) ?? 0) - (positionOf.get(b.code) ?? 0) ||
        scopeOrder[a.scope] - scopeOrder[b.scope] ||
        (a.scopeName ?? '').localeCompare(b.scopeName ?? '', 'sv'),
    );
  const published = (row: StoredRow) => publishNnsValue(row.n, trimNnsDecimal(row.value));
  return {
    years,
    year,
    version: current[0]?.version ?? 0,
    isDemoEstimate: current.some((row) => row.isDemoEstimate),
    results: current.map((row) => {
      const indicator = nnsIndicators[positionOf.get(row.code) ?? 0];
      const before = lastYear.get(keyOf(row));
      return {
        code: row.code,
        questionnaire: indicator?.questionnaire ?? 'participant',
        text: indicator?.text ?? '',
        scope: row.scope,
        scopeId: row.scopeId,
        scopeName: row.scopeName,
        n: row.n,
        value: published(row),
        nationalValue: row.nationalValue === null ? null : trimNnsDecimal(row.nationalValue),
        lastYear: before ? { n: before.n, value: published(before) } : null,
      };
    }),
  };
}
