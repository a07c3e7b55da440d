import { recordAudit } from '@samsyn/db';
import {
  DomainError,
  type MethodTagId,
  methodTagLabel,
  type TargetGroupId,
  targetGroupLabel,
} from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { headlineFigures } from './headline-figures.ts';

/**
 * Publishes (or republishes, replacing the snapshot) one of the förbund's interventions in the
 * Insatskatalog: a snapshot of its description, target groups, methods, partners, period and
 * latest results text, with headline figures suppressed. Editors of that förbund; the
 * intervention is read under the förbund's row-level security, so another förbund's id is NOT_FOUND.
 */
export async function publishIntervention(
  { tx, tenant }: TenantCtx,
  input: { interventionId: string; resultsText?: string | undefined },
): Promise<{ id: string }> {
  const [intervention] = await tx<
    {
      name: string;
      kind: string;
      status: string;
      purpose: string;
      targetGroupIds: string[];
      targetGroupText: string;
      methodTagIds: string[];
      freeTags: string[];
      lead: string | null;
      startDate: string | null;
      endDate: string | null;
      archivedAt: string | null;
    }[]
  >`
    select i.name, i.kind, i.status, i.purpose, i.target_group_ids as "targetGroupIds",
           i.target_group_text as "targetGroupText", i.method_tag_ids as "methodTagIds", i.free_tags as "freeTags",
           m.name as lead, i.start_date::text as "startDate", i.end_date::text as "endDate", i.archived_at::text as "archivedAt"
    from interventions i left join members m on m.tenant_id = i.tenant_id and m.id = i.lead_member_id
    where i.tenant_id = ${tenant.id} and i.id = ${input.interventionId}`;
  if (!intervention || intervention.archivedAt !== null)
    throw new DomainError('NOT_FOUND', 'catalogue.interventionNotFound');
  const partners = await tx<{ name: string }[]>`
    select m.name from intervention_partners p join members m on m.tenant_id = p.tenant_id and m.id = p.member_id
    where p.tenant_id = ${tenant.id} and p.intervention_id = ${input.interventionId} order by p.position`;
  const [note] = await tx<{ resultsText: string }[]>`
    select results_text as "resultsText" from intervention_period_notes
    where tenant_id = ${tenant.id} and intervention_id = ${input.interventionId} and results_text <> ''
    order by period desc limit 1`;
  const [county] = await tx<
    { countyCode: string | null }[]
  >`select county_code as "countyCode" from tenants where id = ${tenant.id}`;
  const figures = await headlineFigures(tx, tenant.id, input.interventionId);
  const partnerNames = partners.map((p) => p.name);
  const leadOrganisation = intervention.lead ?? tenant.name;
  const searchExtra = [
    ...intervention.targetGroupIds.map((id) => targetGroupLabel(id as TargetGroupId)),
    ...intervention.methodTagIds.map((id) => methodTagLabel(id as MethodTagId)),
    ...intervention.freeTags,
    leadOrganisation,
    ...partnerNames,
    tenant.name,
  ].join(' ');
  const resultsText = input.resultsText ?? note?.resultsText ?? '';
  const [row] = await tx<{ id: string }[]>`
    insert into catalogue_entries (
      publisher_tenant_id, intervention_id, name, kind, status, description, target_group_ids, target_group_text,
      method_tag_ids, free_tags, lead_organisation, partner_names, start_date, end_date, results_text,
      headline_figures, county_code, search_extra, published_by)
    values (
      ${tenant.id}, ${input.interventionId}, ${intervention.name}, ${intervention.kind}, ${intervention.status},
      ${intervention.purpose}, ${intervention.targetGroupIds}, ${intervention.targetGroupText},
      ${intervention.methodTagIds}, ${intervention.freeTags}, ${leadOrganisation}, ${partnerNames},
      ${intervention.startDate}, ${intervention.endDate}, ${resultsText}, ${tx.json(figures as never)},
      ${county?.countyCode ?? null}, ${searchExtra}, current_user_id())
    on conflict (publisher_tenant_id, intervention_id) do update set
      name = excluded.name, kind = excluded.kind, status = excluded.status, description = excluded.description,
      target_group_ids = excluded.target_group_ids, target_group_text = excluded.target_group_text,
      method_tag_ids = excluded.method_tag_ids, free_tags = excluded.free_tags,
      lead_organisation = excluded.lead_organisation, partner_names = excluded.partner_names,
      start_date = excluded.start_date, end_date = excluded.end_date, results_text = excluded.results_text,
      headline_figures = excluded.headline_figures, county_code = excluded.county_code,
      search_extra = excluded.search_extra, published_by = excluded.published_by, published_at = now()
    returning id`;
  if (!row) throw new Error('catalogue insert returned no row');
  await recordAudit(tx, {
    action: 'catalogue.publish',
    entity: 'intervention',
    entityId: input.interventionId,
    after: { catalogueEntryId: row.id, name: intervention.name },
  });
  return row;
}
