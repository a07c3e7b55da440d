import type { UserCtx } from '../verb-context.ts';
import { type CatalogueFilter, type CatalogueItem, itemColumns } from './catalogue-entry.ts';

/**
 * Searches the Insatskatalog: full text in Swedish (PostgreSQL's `swedish` configuration, so
 * "arbetsträningen" finds "arbetsträning"), best matches first, with filters. Any logged-in user;
 * only entries of active förbund.
 */
export async function searchCatalogue(
  { sql }: UserCtx,
  filter: CatalogueFilter,
): Promise<{ items: CatalogueItem[]; total: number }> {
  const text = filter.query?.trim() ? filter.query.trim() : null;
  const rows = await sql<(CatalogueItem & { total: number })[]>`
    select ${itemColumns(sql)}, count(*) over ()::int as total
    from catalogue_entries e
    join tenants t on t.id = e.publisher_tenant_id and t.status = 'active'
    where (${text}::text is null or e.search @@ websearch_to_tsquery('swedish', ${text}))
      and (${filter.kind ?? null}::text is null or e.kind = ${filter.kind ?? null})
      and (${filter.status ?? null}::text is null or e.status = ${filter.status ?? null})
      and (${filter.county ?? null}::text is null or e.county_code = ${filter.county ?? null})
      and (${filter.targetGroup ?? null}::text is null or e.target_group_ids @> array[${filter.targetGroup ?? null}::text])
      and (${filter.method ?? null}::text is null or e.method_tag_ids @> array[${filter.method ?? null}::text])
    order by case when ${text}::text is null then 0
                  else ts_rank(e.search, websearch_to_tsquery('swedish', ${text})) end desc,
             e.published_at desc, e.id
    limit ${filter.limit} offset ${filter.offset}`;
  return { items: rows.map(({ total: _total, ...item }) => item), total: rows[0]?.total ?? 0 };
}
