import { DomainError } from '@samsyn/domain';
import type { UserCtx } from '../verb-context.ts';
import { type CatalogueEntry, itemColumns } from './catalogue-entry.ts';

/** One published intervention. Any logged-in user; NOT_FOUND once unpublished. */
export async function getCatalogueEntry({ sql }: UserCtx, { id }: { id: string }): Promise<CatalogueEntry> {
  const [row] = await sql<CatalogueEntry[]>`
    select ${itemColumns(sql)}, e.target_group_text as "targetGroupText", e.free_tags as "freeTags",
           e.lead_organisation as "leadOrganisation", e.partner_names as "partnerNames",
           e.results_text as "resultsText", e.headline_figures as "headlineFigures"
    from catalogue_entries e
    join tenants t on t.id = e.publisher_tenant_id and t.status = 'active'
    where e.id = ${id}`;
  if (!row) throw new DomainError('NOT_FOUND', 'catalogue.notFound');
  return row;
}
