import { recordAudit, type Sql, type TransactionSql } from '@samsyn/db';
import {
  DomainError,
  isSuppressed,
  type MethodTagId,
  methodTagLabel,
  SUPPRESSED_SYMBOL,
  suppressList,
  type TargetGroupId,
  targetGroupLabel,
} from '@samsyn/domain';
import type { TenantContext } from '../../trpc/init.ts';
import type { PublishedFigure } from '../national/published-figure.ts';

/** Headline figures of a published intervention: one year, participant counts suppressed. */
export interface HeadlineFigures {
  year: number | null;
  participants: PublishedFigure;
  women: PublishedFigure;
  men: PublishedFigure;
  otherUnknown: PublishedFigure;
  ended: PublishedFigure;
  /** Staff and managers reached (structural interventions); counts of staff, not participants. */
  reached: number | null;
  spendKronor: number | null;
}

export interface CatalogueItem {
  id: string;
  interventionId: string;
  name: string;
  kind: 'individual' | 'structural';
  status: 'pre_study' | 'ongoing' | 'paused' | 'ended';
  publisherName: string;
  countyCode: string | null;
  description: string;
  targetGroupIds: string[];
  methodTagIds: string[];
  startDate: string | null;
  endDate: string | null;
  publishedAt: string;
}

export interface CatalogueEntry extends CatalogueItem {
  targetGroupText: string;
  freeTags: string[];
  leadOrganisation: string;
  partnerNames: string[];
  resultsText: string;
  headlineFigures: HeadlineFigures;
}

export interface CatalogueFilter {
  query?: string | undefined;
  kind?: 'individual' | 'structural' | undefined;
  targetGroup?: string | undefined;
  method?: string | undefined;
  county?: string | undefined;
  status?: 'pre_study' | 'ongoing' | 'paused' | 'ended' | undefined;
  limit: number;
  offset: number;
}

const itemColumns = (sql: Sql | TransactionSql) => sql`
  e.id, e.intervention_id as "interventionId", e.name, e.kind, e.status, t.name as "publisherName",
  e.county_code as "countyCode", e.description, e.target_group_ids as "targetGroupIds",
  e.method_tag_ids as "methodTagIds", to_char(e.start_date, 'YYYY-MM-DD') as "startDate",
  to_char(e.end_date, 'YYYY-MM-DD') as "endDate",
  to_char(e.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "publishedAt"`;

/**
 * Searches the Insatskatalog: full text in Swedish (PostgreSQL's `swedish` configuration, so
 * "arbetsträningen" finds "arbetsträning"), best matches first, with filters. Any logged-in user;
 * only entries of active förbund.
 */
export async function searchCatalogue(
  sql: Sql,
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

/** One published intervention. Any logged-in user; NOT_FOUND once unpublished. */
export async function getCatalogueEntry(sql: Sql, id: string): Promise<CatalogueEntry> {
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

/** The headline figures of an intervention's latest year with figures, suppressed for publication. */
async function headlineFigures(
  tx: TransactionSql,
  tenantId: string,
  interventionId: string,
): Promise<HeadlineFigures> {
  const [row] = await tx<
    {
      year: number | null;
      women: number | null;
      men: number | null;
      other: number | null;
      ended: number | null;
      reached: number | null;
      spend: string | null;
    }[]
  >`
    with years as (
      select extract(year from period_start)::int as year from participant_figures
      where tenant_id = ${tenantId} and intervention_id = ${interventionId}
    ),
    latest as (select max(year) as year from years),
    periods as (
      select pf.kind, pf.figures,
             rank() over (order by case pf.period_type when 'year' then 0 when 'half_year' then 1 else 2 end) as coarseness,
             row_number() over (partition by pf.period_type order by pf.period_start) as position
      from participant_figures pf, latest
      where pf.tenant_id = ${tenantId} and pf.intervention_id = ${interventionId}
        and extract(year from pf.period_start) = latest.year
    ),
    chosen as (select * from periods where coarseness = 1)
    select (select year from latest) as year,
      sum(case when position = 1 then (figures #>> '{ongoing,women}')::int else 0 end + (figures #>> '{new,women}')::int)
        filter (where kind = 'individual')::int as women,
      sum(case when position = 1 then (figures #>> '{ongoing,men}')::int else 0 end + (figures #>> '{new,men}')::int)
        filter (where kind = 'individual')::int as men,
      sum(case when position = 1 then (figures #>> '{ongoing,otherUnknown}')::int else 0 end
          + (figures #>> '{new,otherUnknown}')::int) filter (where kind = 'individual')::int as other,
      sum((figures #>> '{ended,total}')::int) filter (where kind = 'individual')::int as ended,
      sum((figures ->> 'staffReached')::int + (figures ->> 'managersReached')::int + (figures ->> 'unspecifiedReached')::int)
        filter (where kind = 'structural')::int as reached,
      (select sum(spend_ore) from intervention_budgets b, latest
        where b.tenant_id = ${tenantId} and b.intervention_id = ${interventionId} and b.year = latest.year)::text as spend
    from chosen`;
  const empty: HeadlineFigures = {
    year: row?.year ?? null,
    participants: null,
    women: null,
    men: null,
    otherUnknown: null,
    ended: null,
    reached: row?.reached ?? null,
    spendKronor: row?.spend == null ? null : Number(row.spend) / 100,
  };
  if (!row || row.women === null || row.men === null || row.other === null) return empty;
  // Participants by gender and their total: the domain's suppression (1–4 hidden, with complements).
  const line = suppressList([row.women, row.men, row.other]);
  const shown = (value: number | { suppressed: true } | undefined): PublishedFigure =>
    value === undefined || isSuppressed(value) ? SUPPRESSED_SYMBOL : value;
  const ended = row.ended === null ? null : row.ended > 0 && row.ended < 5 ? SUPPRESSED_SYMBOL : row.ended;
  return {
    ...empty,
    participants: shown(line.total),
    women: shown(line.values[0]),
    men: shown(line.values[1]),
    otherUnknown: shown(line.values[2]),
    ended,
  };
}

/**
 * Publishes (or republishes, replacing the snapshot) one of the förbund's interventions in the
 * Insatskatalog: a snapshot of its description, target groups, methods, partners, period and
 * latest results text, with headline figures suppressed. Editors of that förbund; the
 * intervention is read under the förbund's row-level security, so another förbund's id is NOT_FOUND.
 */
export async function publishIntervention(
  tx: TransactionSql,
  tenant: TenantContext,
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

/** Removes an intervention from the Insatskatalog at once. Editors of its förbund. */
export async function unpublishIntervention(
  tx: TransactionSql,
  tenant: TenantContext,
  input: { interventionId: string },
): Promise<{ removed: boolean }> {
  const removed = await tx`
    delete from catalogue_entries where publisher_tenant_id = ${tenant.id} and intervention_id = ${input.interventionId}
    returning id`;
  if (removed.length > 0) {
    await recordAudit(tx, {
      action: 'catalogue.unpublish',
      entity: 'intervention',
      entityId: input.interventionId,
    });
  }
  return { removed: removed.length > 0 };
}

/** Which of the förbund's interventions are published, for its own pages. Viewers and up. */
export async function listOwnPublished(
  tx: TransactionSql,
  tenant: TenantContext,
): Promise<{ interventionId: string; id: string; publishedAt: string }[]> {
  const rows = await tx<{ interventionId: string; id: string; publishedAt: string }[]>`
    select intervention_id as "interventionId", id,
           to_char(published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "publishedAt"
    from catalogue_entries where publisher_tenant_id = ${tenant.id} order by published_at desc`;
  return [...rows];
}
