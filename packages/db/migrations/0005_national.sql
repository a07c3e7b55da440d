-- National views: per-förbund-year key figures kept current on write, aggregate functions that
-- return only figures over at least three förbund, and the published intervention catalogue
-- (Insatskatalog). See ARCHITECTURE.md, "National figures".
--
-- Who reads what:
--  - `national_figures` is a förbund's data (tenant_id, forced RLS): the app role sees its own
--    förbund's rows only, and only inside a tenant transaction.
--  - Across förbund only `samsyn_aggregates` reads (NOLOGIN, BYPASSRLS). It owns the SECURITY
--    DEFINER functions below; those the app may call return aggregates (national, county, trend),
--    each over at least three förbund, the calling förbund's own values, or the figures of förbund
--    that chose to share named economic figures — never another förbund's row.
--  - Small participant counts (1–4) and their complements are suppressed by the domain's
--    suppression in the API before anything is published; these functions guarantee the rule that
--    needs the förbund behind a figure: at least three.

-- Synthetic förbund (demo and benchmark data) are labelled as such, besides their names.
alter table tenants add column is_synthetic boolean not null default false;

-- The key-figure catalogue as the database needs it; titles and definitions live in the domain
-- (packages/domain/src/statistics/kpi-definitions.ts), and a test keeps the two in step.
create table national_kpis (
  id text primary key check (id ~ '^SAM\d{3}$'),
  kind text not null check (kind in ('economy', 'participants')),
  national_figure text not null check (national_figure in ('count', 'sum', 'ratio_of_sums', 'median_and_quartiles')),
  suppression text not null check (suppression in ('none', 'min_contributors', 'count_cells', 'share_of_counts', 'per_participant'))
);
insert into national_kpis (id, kind, national_figure, suppression) values
  ('SAM001', 'economy', 'count', 'none'),
  ('SAM002', 'economy', 'sum', 'min_contributors'),
  ('SAM003', 'economy', 'sum', 'min_contributors'),
  ('SAM004', 'economy', 'sum', 'min_contributors'),
  ('SAM005', 'economy', 'sum', 'min_contributors'),
  ('SAM006', 'economy', 'ratio_of_sums', 'min_contributors'),
  ('SAM007', 'economy', 'ratio_of_sums', 'min_contributors'),
  ('SAM008', 'economy', 'ratio_of_sums', 'min_contributors'),
  ('SAM009', 'economy', 'median_and_quartiles', 'min_contributors'),
  ('SAM010', 'economy', 'count', 'min_contributors'),
  ('SAM011', 'economy', 'sum', 'min_contributors'),
  ('SAM012', 'economy', 'sum', 'min_contributors'),
  ('SAM013', 'participants', 'sum', 'count_cells'),
  ('SAM014', 'participants', 'sum', 'count_cells'),
  ('SAM015', 'participants', 'sum', 'count_cells'),
  ('SAM016', 'participants', 'sum', 'count_cells'),
  ('SAM017', 'participants', 'ratio_of_sums', 'share_of_counts'),
  ('SAM018', 'participants', 'median_and_quartiles', 'per_participant');

-- One row per förbund and year: the inputs of every key figure. Null = not reported.
-- Kept current on write by the triggers at the end of this file (`refresh_national_figures`);
-- synthetic förbund (`source = 'synthetic'`) are written directly by the generator.
create table national_figures (
  tenant_id uuid not null references tenants (id),
  year smallint not null check (year between 2000 and 2100),
  source text not null default 'computed' check (source in ('computed', 'synthetic')),
  -- Medlemsbidrag by funder group, actuals (öre).
  contributions_state_ore bigint check (contributions_state_ore >= 0),
  contributions_region_ore bigint check (contributions_region_ore >= 0),
  contributions_municipalities_ore bigint check (contributions_municipalities_ore >= 0),
  -- Costs by operating-statement line, actuals (öre).
  intervention_costs_ore bigint check (intervention_costs_ore >= 0),
  staff_costs_ore bigint check (staff_costs_ore >= 0),
  other_costs_ore bigint check (other_costs_ore >= 0),
  total_costs_ore bigint check (total_costs_ore >= 0),
  revenue_ore bigint check (revenue_ore >= 0),
  equity_ore bigint,
  equity_goal_percent numeric(5, 2),
  individual_interventions integer check (individual_interventions >= 0),
  structural_interventions integer check (structural_interventions >= 0),
  -- Spend on individual-level interventions (numerator of cost per participant).
  individual_intervention_costs_ore bigint check (individual_intervention_costs_ore >= 0),
  participants_women integer check (participants_women >= 0),
  participants_men integer check (participants_men >= 0),
  participants_other integer check (participants_other >= 0),
  ended_participants integer check (ended_participants >= 0),
  ended_to_work integer check (ended_to_work >= 0),
  ended_to_studies integer check (ended_to_studies >= 0),
  member_municipalities integer not null default 0 check (member_municipalities >= 0),
  refreshed_at timestamptz not null default now(),
  primary key (tenant_id, year),
  check (ended_to_work + ended_to_studies <= ended_participants)
);
create index national_figures_year_idx on national_figures (year);

alter table national_figures enable row level security;
alter table national_figures force row level security;
create policy tenant_isolation on national_figures
  using (tenant_id = current_tenant_id())
  with check (tenant_id = current_tenant_id());

-- Every key figure of every active förbund for the years, one row per förbund, year and figure:
-- `value` is the förbund's value as it may enter a distribution over förbund; `part` and `whole`
-- the counts or amounts behind a share (returned to the förbund itself only). INTERNAL: the app
-- role may not call it (it is per förbund); the aggregate functions below build on it.
create function national_kpi_base(p_from integer, p_to integer)
  returns table (tenant_id uuid, year integer, county_code text, kpi_id text, value numeric, part numeric, whole numeric)
  language sql stable security definer set search_path = pg_catalog, public
  as $$
    select f.tenant_id, f.year::integer, t.county_code, k.kpi_id, k.value, k.part, k.whole
    from national_figures f
    join tenants t on t.id = f.tenant_id and t.status = 'active'
    cross join lateral (
      select f.participants_women + f.participants_men + f.participants_other as participants,
             case when f.contributions_state_ore is null and f.contributions_region_ore is null
                       and f.contributions_municipalities_ore is null then null
                  else coalesce(f.contributions_state_ore, 0) + coalesce(f.contributions_region_ore, 0)
                       + coalesce(f.contributions_municipalities_ore, 0) end as allocation
    ) d
    cross join lateral (values
      ('SAM001', case when f.total_costs_ore is not null then 1 end::numeric, null::numeric, null::numeric),
      ('SAM002', d.allocation::numeric, null, null),
      ('SAM003', f.contributions_state_ore::numeric, null, null),
      ('SAM004', f.contributions_region_ore::numeric, null, null),
      ('SAM005', f.contributions_municipalities_ore::numeric, null, null),
      ('SAM006', f.intervention_costs_ore::numeric / nullif(f.total_costs_ore, 0), f.intervention_costs_ore::numeric, f.total_costs_ore::numeric),
      ('SAM007', f.staff_costs_ore::numeric / nullif(f.total_costs_ore, 0), f.staff_costs_ore::numeric, f.total_costs_ore::numeric),
      ('SAM008', f.other_costs_ore::numeric / nullif(f.total_costs_ore, 0), f.other_costs_ore::numeric, f.total_costs_ore::numeric),
      ('SAM009', f.equity_ore::numeric / nullif(f.revenue_ore, 0), f.equity_ore::numeric, f.revenue_ore::numeric),
      ('SAM010', case when f.equity_goal_percent is not null and f.revenue_ore > 0 and f.equity_ore is not null
                      then (f.equity_ore::numeric / f.revenue_ore > f.equity_goal_percent / 100)::integer end::numeric, null, null),
      ('SAM011', f.individual_interventions::numeric, null, null),
      ('SAM012', f.structural_interventions::numeric, null, null),
      ('SAM013', d.participants::numeric, null, null),
      ('SAM014', f.participants_women::numeric, null, null),
      ('SAM015', f.participants_men::numeric, null, null),
      ('SAM016', f.participants_other::numeric, null, null),
      -- A förbund's share enters a distribution only when its counts pass the share rule: part,
      -- whole and rest each 0 or at least 5 (the domain's publishShareOfCounts).
      ('SAM017', case when f.ended_participants >= 5
                       and (f.ended_to_work + f.ended_to_studies = 0 or f.ended_to_work + f.ended_to_studies >= 5)
                       and (f.ended_participants - f.ended_to_work - f.ended_to_studies = 0
                            or f.ended_participants - f.ended_to_work - f.ended_to_studies >= 5)
                  then (f.ended_to_work + f.ended_to_studies)::numeric / f.ended_participants end,
                 (f.ended_to_work + f.ended_to_studies)::numeric, f.ended_participants::numeric),
      -- A förbund's cost per participant enters only with 0 or at least 5 participants (0: undefined).
      ('SAM018', case when d.participants >= 5 then f.individual_intervention_costs_ore::numeric / d.participants end,
                 f.individual_intervention_costs_ore::numeric, d.participants::numeric)
    ) k (kpi_id, value, part, whole)
    where f.year between p_from and p_to
  $$;

-- National and county figures per year and key figure: aggregates only, each over at least three
-- förbund (else everything but `contributors` is null; the number of förbund itself is public).
-- `county_code` null = the whole nation; '00' = förbund without a county. Sums count a förbund as
-- behind the figure when its value is not 0 (a total over five förbund of which four reported 0
-- is the fifth's value); ratios of sums when its denominator is positive; distributions
-- (median and quartiles, Hyndman & Fan type 7 as in the domain's `quantile` and Excel's
-- QUARTILE.INC, in double precision) and counts of förbund when it reported a value.
-- One pass over the summary table grouped by year (and county), then one row per key figure.
create function national_kpi_aggregates(p_from integer, p_to integer, p_by_county boolean)
  returns table (year integer, county_code text, kpi_id text, contributors integer, value numeric,
                 part numeric, whole numeric, q1 numeric, median numeric, q3 numeric)
  language sql stable security definer set search_path = pg_catalog, public
  as $$
    with f as (
      select n.*, coalesce(t.county_code, '00') as county,
             n.participants_women + n.participants_men + n.participants_other as participants,
             case when n.contributions_state_ore is null and n.contributions_region_ore is null
                       and n.contributions_municipalities_ore is null then null
                  else coalesce(n.contributions_state_ore, 0) + coalesce(n.contributions_region_ore, 0)
                       + coalesce(n.contributions_municipalities_ore, 0) end as allocation,
             n.equity_ore::float8 / nullif(n.revenue_ore, 0) as equity_share,
             case when n.equity_goal_percent is not null and n.revenue_ore > 0 and n.equity_ore is not null
                  then (n.equity_ore::numeric / n.revenue_ore > n.equity_goal_percent / 100)::integer end as above_goal,
             -- A förbund's cost per participant enters only with at least 5 participants.
             case when n.participants_women + n.participants_men + n.participants_other >= 5
                  then n.individual_intervention_costs_ore::float8
                       / (n.participants_women + n.participants_men + n.participants_other) end as cost_per_participant,
             n.ended_to_work + n.ended_to_studies as to_work_or_studies
      from national_figures n
      join tenants t on t.id = n.tenant_id and t.status = 'active'
      where n.year between p_from and p_to
    ),
    g as (
      select f.year::integer as year, null::text as county_code,
        count(f.total_costs_ore) as reported,
        sum(f.allocation) as allocation, count(*) filter (where f.allocation <> 0) as allocation_n,
        sum(f.contributions_state_ore) as state, count(*) filter (where f.contributions_state_ore <> 0) as state_n,
        sum(f.contributions_region_ore) as region, count(*) filter (where f.contributions_region_ore <> 0) as region_n,
        sum(f.contributions_municipalities_ore) as municipalities,
        count(*) filter (where f.contributions_municipalities_ore <> 0) as municipalities_n,
        sum(f.intervention_costs_ore) filter (where f.total_costs_ore > 0) as intervention_costs,
        count(*) filter (where f.total_costs_ore > 0 and f.intervention_costs_ore is not null) as intervention_costs_n,
        sum(f.staff_costs_ore) filter (where f.total_costs_ore > 0) as staff_costs,
        count(*) filter (where f.total_costs_ore > 0 and f.staff_costs_ore is not null) as staff_costs_n,
        sum(f.other_costs_ore) filter (where f.total_costs_ore > 0) as other_costs,
        count(*) filter (where f.total_costs_ore > 0 and f.other_costs_ore is not null) as other_costs_n,
        sum(f.total_costs_ore) filter (where f.total_costs_ore > 0) as total_costs,
        count(f.equity_share) as equity_n,
        percentile_cont(array[0.25, 0.5, 0.75]) within group (order by f.equity_share) as equity_q,
        sum(f.above_goal) as above_goal, count(f.above_goal) as above_goal_n,
        sum(f.individual_interventions) as individual, count(*) filter (where f.individual_interventions <> 0) as individual_n,
        sum(f.structural_interventions) as structural, count(*) filter (where f.structural_interventions <> 0) as structural_n,
        sum(f.participants) as participants, count(*) filter (where f.participants <> 0) as participants_n,
        sum(f.participants_women) as women, count(*) filter (where f.participants_women <> 0) as women_n,
        sum(f.participants_men) as men, count(*) filter (where f.participants_men <> 0) as men_n,
        sum(f.participants_other) as other, count(*) filter (where f.participants_other <> 0) as other_n,
        sum(f.to_work_or_studies) filter (where f.ended_participants > 0) as to_work_or_studies,
        sum(f.ended_participants) filter (where f.ended_participants > 0 and f.to_work_or_studies is not null) as ended,
        count(*) filter (where f.ended_participants > 0 and f.to_work_or_studies is not null) as ended_n,
        count(f.cost_per_participant) as cost_n,
        percentile_cont(array[0.25, 0.5, 0.75]) within group (order by f.cost_per_participant) as cost_q
      from f group by f.year
      union all
      select f.year::integer, f.county,
        count(f.total_costs_ore) as reported,
        sum(f.allocation) as allocation, count(*) filter (where f.allocation <> 0) as allocation_n,
        sum(f.contributions_state_ore) as state, count(*) filter (where f.contributions_state_ore <> 0) as state_n,
        sum(f.contributions_region_ore) as region, count(*) filter (where f.contributions_region_ore <> 0) as region_n,
        sum(f.contributions_municipalities_ore) as municipalities,
        count(*) filter (where f.contributions_municipalities_ore <> 0) as municipalities_n,
        sum(f.intervention_costs_ore) filter (where f.total_costs_ore > 0) as intervention_costs,
        count(*) filter (where f.total_costs_ore > 0 and f.intervention_costs_ore is not null) as intervention_costs_n,
        sum(f.staff_costs_ore) filter (where f.total_costs_ore > 0) as staff_costs,
        count(*) filter (where f.total_costs_ore > 0 and f.staff_costs_ore is not null) as staff_costs_n,
        sum(f.other_costs_ore) filter (where f.total_costs_ore > 0) as other_costs,
        count(*) filter (where f.total_costs_ore > 0 and f.other_costs_ore is not null) as other_costs_n,
        sum(f.total_costs_ore) filter (where f.total_costs_ore > 0) as total_costs,
        count(f.equity_share) as equity_n,
        percentile_cont(array[0.25, 0.5, 0.75]) within group (order by f.equity_share) as equity_q,
        sum(f.above_goal) as above_goal, count(f.above_goal) as above_goal_n,
        sum(f.individual_interventions) as individual, count(*) filter (where f.individual_interventions <> 0) as individual_n,
        sum(f.structural_interventions) as structural, count(*) filter (where f.structural_interventions <> 0) as structural_n,
        sum(f.participants) as participants, count(*) filter (where f.participants <> 0) as participants_n,
        sum(f.participants_women) as women, count(*) filter (where f.participants_women <> 0) as women_n,
        sum(f.participants_men) as men, count(*) filter (where f.participants_men <> 0) as men_n,
        sum(f.participants_other) as other, count(*) filter (where f.participants_other <> 0) as other_n,
        sum(f.to_work_or_studies) filter (where f.ended_participants > 0) as to_work_or_studies,
        sum(f.ended_participants) filter (where f.ended_participants > 0 and f.to_work_or_studies is not null) as ended,
        count(*) filter (where f.ended_participants > 0 and f.to_work_or_studies is not null) as ended_n,
        count(f.cost_per_participant) as cost_n,
        percentile_cont(array[0.25, 0.5, 0.75]) within group (order by f.cost_per_participant) as cost_q
      from f where p_by_county group by f.year, f.county
    ),
    rows as (
      select g.year, g.county_code, k.kpi_id, k.contributors::integer as contributors,
             k.value, k.part, k.whole, k.q[1]::numeric as q1, k.q[2]::numeric as median, k.q[3]::numeric as q3
      from g cross join lateral (values
        ('SAM001', g.reported, g.reported::numeric, null::numeric, null::numeric, null::float8[]),
        ('SAM002', g.allocation_n, g.allocation, null, null, null),
        ('SAM003', g.state_n, g.state, null, null, null),
        ('SAM004', g.region_n, g.region, null, null, null),
        ('SAM005', g.municipalities_n, g.municipalities, null, null, null),
        ('SAM006', g.intervention_costs_n, g.intervention_costs / nullif(g.total_costs, 0), g.intervention_costs, g.total_costs, null),
        ('SAM007', g.staff_costs_n, g.staff_costs / nullif(g.total_costs, 0), g.staff_costs, g.total_costs, null),
        ('SAM008', g.other_costs_n, g.other_costs / nullif(g.total_costs, 0), g.other_costs, g.total_costs, null),
        ('SAM009', g.equity_n, g.equity_q[2]::numeric, null, null, g.equity_q),
        ('SAM010', g.above_goal_n, g.above_goal::numeric, null, null, null),
        ('SAM011', g.individual_n, g.individual::numeric, null, null, null),
        ('SAM012', g.structural_n, g.structural::numeric, null, null, null),
        ('SAM013', g.participants_n, g.participants::numeric, null, null, null),
        ('SAM014', g.women_n, g.women::numeric, null, null, null),
        ('SAM015', g.men_n, g.men::numeric, null, null, null),
        ('SAM016', g.other_n, g.other::numeric, null, null, null),
        ('SAM017', g.ended_n, g.to_work_or_studies::numeric / nullif(g.ended, 0), g.to_work_or_studies::numeric, g.ended::numeric, null),
        ('SAM018', g.cost_n, g.cost_q[2]::numeric, null, null, g.cost_q)
      ) k (kpi_id, contributors, value, part, whole, q)
    )
    select r.year, r.county_code, r.kpi_id, r.contributors,
           case when p.is_published then r.value end, case when p.is_published then r.part end,
           case when p.is_published then r.whole end, case when p.is_published then r.q1 end,
           case when p.is_published then r.median end, case when p.is_published then r.q3 end
    from rows r
    join national_kpis k on k.id = r.kpi_id
    -- A sum with no förbund behind it is 0 (or unreported): nobody to protect.
    cross join lateral (select k.suppression = 'none' or r.contributors >= 3
                               or (k.national_figure = 'sum' and r.contributors = 0) as is_published) p
    order by r.year, r.county_code nulls first, r.kpi_id
  $$;

-- The k förbund nearest to `p_tenant` in size in `p_year` (see the domain's similar-forbund.ts:
-- ln(1 + x) of revenue, member municipalities and participants, each divided by its standard
-- deviation over all förbund, Euclidean distance; ties to the smaller id). INTERNAL.
create function national_similar_ids(p_tenant uuid, p_year integer, p_k integer)
  returns uuid[]
  language sql stable security definer set search_path = pg_catalog, public
  as $$
    with sizes as (
      select f.tenant_id,
             ln(1 + coalesce(f.revenue_ore, 0)::float8) as a,
             ln(1 + f.member_municipalities::float8) as b,
             ln(1 + (coalesce(f.participants_women, 0) + coalesce(f.participants_men, 0)
                     + coalesce(f.participants_other, 0))::float8) as c
      from national_figures f join tenants t on t.id = f.tenant_id and t.status = 'active'
      where f.year = p_year
    ),
    spread as (select stddev_pop(a) as sa, stddev_pop(b) as sb, stddev_pop(c) as sc from sizes),
    me as (select * from sizes where tenant_id = p_tenant)
    select coalesce(array_agg(tenant_id order by distance, tenant_id::text), '{}')
    from (
      select s.tenant_id,
             sqrt(case when sp.sa > 0 then ((s.a - me.a) / sp.sa) ^ 2 else 0 end
                + case when sp.sb > 0 then ((s.b - me.b) / sp.sb) ^ 2 else 0 end
                + case when sp.sc > 0 then ((s.c - me.c) / sp.sc) ^ 2 else 0 end) as distance
      from sizes s cross join spread sp cross join me
      where s.tenant_id <> p_tenant
      order by distance, s.tenant_id::text
      limit p_k
    ) nearest
  $$;

-- "My förbund against the nation" for the förbund of the current tenant transaction (never a
-- förbund named by the caller): per key figure its own value, the national distribution over
-- förbund (at least three) and the median of its five most similar förbund (at least three).
create function national_own_comparison(p_year integer)
  returns table (kpi_id text, own_value numeric, own_part numeric, own_whole numeric, contributors integer,
                 q1 numeric, median numeric, q3 numeric, similar_contributors integer, similar_median numeric)
  language plpgsql stable security definer set search_path = pg_catalog, public
  as $$
declare
  v_tenant uuid := current_tenant_id();
  v_similar uuid[];
begin
  if v_tenant is null then
    raise exception 'national_own_comparison needs a förbund' using errcode = '42501';
  end if;
  v_similar := national_similar_ids(v_tenant, p_year, 5);
  return query
    with base as (select * from national_kpi_base(p_year, p_year)),
    distribution as (
      select b.kpi_id, count(b.value) as n,
             percentile_cont(array[0.25, 0.5, 0.75]) within group (order by b.value::float8) as q
      from base b group by b.kpi_id
    ),
    nearby as (
      select b.kpi_id, count(b.value) as n,
             percentile_cont(0.5) within group (order by b.value::float8) as median
      from base b where b.tenant_id = any (v_similar) group by b.kpi_id
    )
    select k.id, own.value, own.part, own.whole,
           coalesce(d.n, 0)::integer,
           case when d.n >= 3 then d.q[1]::numeric end,
           case when d.n >= 3 then d.q[2]::numeric end,
           case when d.n >= 3 then d.q[3]::numeric end,
           coalesce(s.n, 0)::integer,
           case when s.n >= 3 then s.median::numeric end
    from national_kpis k
    left join base own on own.kpi_id = k.id and own.tenant_id = v_tenant
    left join distribution d on d.kpi_id = k.id
    left join nearby s on s.kpi_id = k.id
    order by k.id;
end $$;

-- The similar förbund (as above) that share named figures, with their ECONOMIC key figures
-- (a kommunalförbund's accounts are public records); participant figures are never named.
create function national_similar_named(p_year integer)
  returns table (rank integer, name text, kpi_id text, value numeric)
  language plpgsql stable security definer set search_path = pg_catalog, public
  as $$
declare
  v_tenant uuid := current_tenant_id();
  v_similar uuid[];
begin
  if v_tenant is null then
    raise exception 'national_similar_named needs a förbund' using errcode = '42501';
  end if;
  v_similar := national_similar_ids(v_tenant, p_year, 5);
  return query
    select array_position(v_similar, b.tenant_id)::integer, t.name, b.kpi_id, b.value
    from national_kpi_base(p_year, p_year) b
    join tenants t on t.id = b.tenant_id
    join tenant_settings s on s.tenant_id = b.tenant_id and s.share_named_figures
    join national_kpis k on k.id = b.kpi_id and k.kind = 'economy' and k.national_figure <> 'count'
    where b.tenant_id = any (v_similar)
    order by 1, b.kpi_id;
end $$;

-- Open data: the förbund that share named figures, with their value of an ECONOMIC key figure.
create function national_named_values(p_kpi text, p_year integer)
  returns table (name text, county_code text, value numeric)
  language sql stable security definer set search_path = pg_catalog, public
  as $$
    select t.name, t.county_code, b.value
    from national_kpi_base(p_year, p_year) b
    join tenants t on t.id = b.tenant_id
    join tenant_settings s on s.tenant_id = b.tenant_id and s.share_named_figures
    join national_kpis k on k.id = b.kpi_id and k.kind = 'economy' and k.national_figure <> 'count'
    where b.kpi_id = p_kpi and b.value is not null
    order by t.name
  $$;

-- The years with figures, how many förbund have figures for each, and how many are synthetic.
create function national_years()
  returns table (year integer, forbund integer, synthetic integer)
  language sql stable security definer set search_path = pg_catalog, public
  as $$
    select f.year::integer, count(*)::integer, count(*) filter (where t.is_synthetic)::integer
    from national_figures f join tenants t on t.id = f.tenant_id and t.status = 'active'
    group by f.year order by f.year
  $$;

-- Changes whenever any figure or the set of active förbund changes: the API caches computed
-- national views under it.
create function national_version()
  returns text
  language sql stable security definer set search_path = pg_catalog, public
  as $$
    select concat_ws(':',
      (select count(*) from national_figures),
      (select max(refreshed_at) from national_figures),
      (select count(*) from tenants where status = 'active'),
      (select max(updated_at) from tenants),
      (select count(*) from tenant_settings where share_named_figures),
      (select max(updated_at) from tenant_settings))
  $$;

-- ---------------------------------------------------------------------------------------------
-- Keeping national_figures current on write.
-- ---------------------------------------------------------------------------------------------

-- Recomputes one förbund's row for one year from its own data (interventions and participant
-- figures; economy when its tables exist), deleting it when nothing is reported.
create function refresh_national_figures(p_tenant uuid, p_year integer)
  returns void
  language plpgsql security definer set search_path = pg_catalog, public
  as $$
declare
  v_start date := make_date(p_year, 1, 1);
  v_end date := make_date(p_year, 12, 31);
  r record;
begin
  -- Synthetic förbund keep the figures the generator wrote; an archived förbund is being deleted
  -- or kept for the record, and is in no national figure.
  if exists (select 1 from tenants where id = p_tenant and (is_synthetic or status = 'archived')) then
    return;
  end if;

  with active as (
    -- Interventions with spend or figures in the year.
    select i.id, i.kind,
           coalesce((select sum(b.spend_ore) from intervention_budgets b
                     where b.tenant_id = p_tenant and b.intervention_id = i.id and b.year = p_year), 0) as spend
    from interventions i
    where i.tenant_id = p_tenant
      and (exists (select 1 from intervention_budgets b where b.tenant_id = p_tenant and b.intervention_id = i.id
                     and b.year = p_year and (b.spend_ore > 0 or b.total_budget_ore > 0))
           or exists (select 1 from participant_figures pf where pf.tenant_id = p_tenant and pf.intervention_id = i.id
                        and pf.period_start between v_start and v_end))
  ),
  -- Per individual intervention: its figures for the year from the coarsest periods reported
  -- (a year row, else half-years, else months); `ongoing` is a stock taken from the first period.
  periods as (
    select pf.intervention_id, pf.period_start, pf.figures,
           rank() over (partition by pf.intervention_id
                        order by case pf.period_type when 'year' then 0 when 'half_year' then 1 else 2 end) as coarseness,
           row_number() over (partition by pf.intervention_id, pf.period_type order by pf.period_start) as position
    from participant_figures pf
    where pf.tenant_id = p_tenant and pf.kind = 'individual' and pf.period_start between v_start and v_end
  ),
  chosen as (select * from periods where coarseness = 1),
  per_intervention as (
    select c.intervention_id,
           sum(case when c.position = 1 then (c.figures -> 'ongoing' ->> 'women')::int else 0 end
               + (c.figures -> 'new' ->> 'women')::int) as women,
           sum(case when c.position = 1 then (c.figures -> 'ongoing' ->> 'men')::int else 0 end
               + (c.figures -> 'new' ->> 'men')::int) as men,
           sum(case when c.position = 1 then (c.figures -> 'ongoing' ->> 'otherUnknown')::int else 0 end
               + (c.figures -> 'new' ->> 'otherUnknown')::int) as other,
           -- Exits and outcomes count only where every period reports them.
           case when bool_and(jsonb_typeof(c.figures -> 'ended') = 'object')
                     and bool_and(jsonb_typeof(c.figures -> 'outcomes') = 'object')
                then sum((c.figures -> 'ended' ->> 'total')::int) end as ended,
           case when bool_and(jsonb_typeof(c.figures -> 'ended') = 'object')
                     and bool_and(jsonb_typeof(c.figures -> 'outcomes') = 'object')
                then sum((c.figures -> 'outcomes' -> 'work' ->> 'total')::int) end as to_work,
           case when bool_and(jsonb_typeof(c.figures -> 'ended') = 'object')
                     and bool_and(jsonb_typeof(c.figures -> 'outcomes') = 'object')
                then sum((c.figures -> 'outcomes' -> 'studies' ->> 'total')::int) end as to_studies
    from chosen c group by c.intervention_id
  ),
  -- Actuals per operating-statement line for the year (periods never overlap, so they add up).
  -- Cost lines are told apart by the codes of the förbund's chart: `intervention…` are
  -- intervention funds, `staff…` office staff costs, every other cost line other costs.
  booked as (
    select
      count(*) filter (where l.kind = 'contribution') as contribution_rows,
      count(*) filter (where l.kind = 'cost') as cost_rows,
      coalesce(sum(a.amount_ore) filter (where l.kind = 'contribution' and l.funder_group = 'state'), 0) as state,
      coalesce(sum(a.amount_ore) filter (where l.kind = 'contribution' and l.funder_group = 'region'), 0) as region,
      coalesce(sum(a.amount_ore) filter (where l.kind = 'contribution' and l.funder_group = 'municipalities'), 0) as municipalities,
      coalesce(sum(a.amount_ore) filter (where l.kind = 'cost' and l.code like 'intervention%'), 0) as intervention_costs,
      coalesce(sum(a.amount_ore) filter (where l.kind = 'cost' and l.code like 'staff%'), 0) as staff_costs,
      coalesce(sum(a.amount_ore) filter (where l.kind = 'cost' and l.code not like 'intervention%'
                                           and l.code not like 'staff%'), 0) as other_costs,
      coalesce(sum(a.amount_ore) filter (where l.kind = 'cost'), 0) as total_costs,
      sum(a.amount_ore) filter (where l.kind in ('contribution', 'otherIncome', 'financialIncome')) as revenue
    from actuals a
    join economy_lines l on l.tenant_id = a.tenant_id and l.id = a.line_id and l.parent_line_id is null
    where a.tenant_id = p_tenant and a.year = p_year
  ),
  economy as (
    select
      case when b.contribution_rows > 0 then greatest(b.state, 0) end as state,
      case when b.contribution_rows > 0 then greatest(b.region, 0) end as region,
      case when b.contribution_rows > 0 then greatest(b.municipalities, 0) end as municipalities,
      case when b.cost_rows > 0 then greatest(b.intervention_costs, 0) end as intervention_costs,
      case when b.cost_rows > 0 then greatest(b.staff_costs, 0) end as staff_costs,
      case when b.cost_rows > 0 then greatest(b.other_costs, 0) end as other_costs,
      case when b.cost_rows > 0 then greatest(b.total_costs, 0) end as total_costs,
      -- Revenue as the year's income statement books it; without one, the revenue actuals.
      greatest(coalesce(
        (select rf.revenue_ore + rf.financial_income_ore from result_figures rf
          where rf.tenant_id = p_tenant and rf.year = p_year and rf.through_month = 12),
        b.revenue), 0) as revenue,
      (select sum(bl.amount_ore) from balance_sheets bs
         join balance_lines bl on bl.tenant_id = bs.tenant_id and bl.balance_sheet_id = bs.id and bl.section = 'equity'
        where bs.tenant_id = p_tenant and bs.balance_date = v_end) as equity
    from booked b
  )
  select
    (select count(*) from active where kind = 'individual')::int as individual_interventions,
    (select count(*) from active where kind = 'structural')::int as structural_interventions,
    (select sum(spend) from active where kind = 'individual')::bigint as individual_costs,
    (select sum(women) from per_intervention)::int as women,
    (select sum(men) from per_intervention)::int as men,
    (select sum(other) from per_intervention)::int as other,
    (select sum(ended) from per_intervention where ended is not null)::int as ended,
    (select sum(to_work) from per_intervention where ended is not null)::int as to_work,
    (select sum(to_studies) from per_intervention where ended is not null)::int as to_studies,
    (select count(*) from active)::int as interventions,
    economy.*,
    (select count(*) from members m where m.tenant_id = p_tenant and m.kind = 'municipality'
       and (m.left_on is null or m.left_on > v_start) and (m.joined_on is null or m.joined_on <= v_end))::int as member_count,
    (select equity_goal_percent from tenant_settings s where s.tenant_id = p_tenant) as equity_goal
  from economy
  into r;

  if r.interventions = 0 and r.state is null and r.total_costs is null and r.equity is null then
    delete from national_figures where tenant_id = p_tenant and year = p_year;
    return;
  end if;

  insert into national_figures as nf (
    tenant_id, year, source, contributions_state_ore, contributions_region_ore, contributions_municipalities_ore,
    intervention_costs_ore, staff_costs_ore, other_costs_ore, total_costs_ore, revenue_ore, equity_ore,
    equity_goal_percent, individual_interventions, structural_interventions,
    individual_intervention_costs_ore, participants_women, participants_men, participants_other,
    ended_participants, ended_to_work, ended_to_studies, member_municipalities, refreshed_at)
  values (
    p_tenant, p_year, 'computed', r.state, r.region, r.municipalities,
    r.intervention_costs, r.staff_costs, r.other_costs, r.total_costs, r.revenue, r.equity,
    r.equity_goal, r.individual_interventions, r.structural_interventions,
    r.individual_costs, r.women, r.men, r.other, r.ended, r.to_work, r.to_studies, r.member_count,
    clock_timestamp())
  on conflict (tenant_id, year) do update set
    contributions_state_ore = excluded.contributions_state_ore,
    contributions_region_ore = excluded.contributions_region_ore,
    contributions_municipalities_ore = excluded.contributions_municipalities_ore,
    intervention_costs_ore = excluded.intervention_costs_ore,
    staff_costs_ore = excluded.staff_costs_ore,
    other_costs_ore = excluded.other_costs_ore,
    total_costs_ore = excluded.total_costs_ore,
    revenue_ore = excluded.revenue_ore,
    equity_ore = excluded.equity_ore,
    equity_goal_percent = excluded.equity_goal_percent,
    individual_interventions = excluded.individual_interventions,
    structural_interventions = excluded.structural_interventions,
    individual_intervention_costs_ore = excluded.individual_intervention_costs_ore,
    participants_women = excluded.participants_women,
    participants_men = excluded.participants_men,
    participants_other = excluded.participants_other,
    ended_participants = excluded.ended_participants,
    ended_to_work = excluded.ended_to_work,
    ended_to_studies = excluded.ended_to_studies,
    member_municipalities = excluded.member_municipalities,
    refreshed_at = excluded.refreshed_at;
end $$;

-- Refreshes every year a förbund has figures for, plus the given years.
create function refresh_national_figures_of(p_tenant uuid, p_years integer[])
  returns void
  language plpgsql security definer set search_path = pg_catalog, public
  as $$
declare y integer;
begin
  for y in
    select distinct x from (
      select unnest(p_years) as x
      union select year from national_figures where tenant_id = p_tenant
    ) years where x is not null order by 1
  loop
    perform refresh_national_figures(p_tenant, y);
  end loop;
end $$;

-- Statement-level triggers: one refresh per (förbund, year) a statement touched, however many
-- rows it wrote. TG_ARGV[0] names how to find the year of a row.
create function national_figures_on_write()
  returns trigger
  language plpgsql security definer set search_path = pg_catalog, public
  as $$
declare
  pair record;
  year_of text := TG_ARGV[0];
begin
  for pair in
    execute format($q$
      select tenant_id, array_agg(distinct y) as years from (
        select tenant_id, %1$s as y from new_rows
        union all select tenant_id, %1$s from old_rows
      ) touched group by tenant_id order by tenant_id $q$,
      year_of)
  loop
    perform refresh_national_figures_of(pair.tenant_id, pair.years);
  end loop;
  return null;
end $$;

-- Transition tables need one trigger per event, so inserts and deletes have functions of their own.
create function national_figures_on_insert()
  returns trigger
  language plpgsql security definer set search_path = pg_catalog, public
  as $$
declare pair record;
begin
  for pair in
    execute format('select tenant_id, array_agg(distinct %s) as years from new_rows group by tenant_id order by tenant_id',
                   TG_ARGV[0])
  loop
    perform refresh_national_figures_of(pair.tenant_id, pair.years);
  end loop;
  return null;
end $$;

create function national_figures_on_delete()
  returns trigger
  language plpgsql security definer set search_path = pg_catalog, public
  as $$
declare pair record;
begin
  for pair in
    execute format('select tenant_id, array_agg(distinct %s) as years from old_rows group by tenant_id order by tenant_id',
                   TG_ARGV[0])
  loop
    perform refresh_national_figures_of(pair.tenant_id, pair.years);
  end loop;
  return null;
end $$;

-- Year of a row: participant figures by their period, budgets by their year; interventions,
-- members and settings change every year the förbund has (null adds no year).
create trigger participant_figures_national_ins after insert on participant_figures
  referencing new table as new_rows for each statement
  execute function national_figures_on_insert('extract(year from period_start)::int');
create trigger participant_figures_national_upd after update on participant_figures
  referencing new table as new_rows old table as old_rows for each statement
  execute function national_figures_on_write('extract(year from period_start)::int');
create trigger participant_figures_national_del after delete on participant_figures
  referencing old table as old_rows for each statement
  execute function national_figures_on_delete('extract(year from period_start)::int');

create trigger intervention_budgets_national_ins after insert on intervention_budgets
  referencing new table as new_rows for each statement
  execute function national_figures_on_insert('year::int');
create trigger intervention_budgets_national_upd after update on intervention_budgets
  referencing new table as new_rows old table as old_rows for each statement
  execute function national_figures_on_write('year::int');
create trigger intervention_budgets_national_del after delete on intervention_budgets
  referencing old table as old_rows for each statement
  execute function national_figures_on_delete('year::int');

create trigger actuals_national_ins after insert on actuals
  referencing new table as new_rows for each statement
  execute function national_figures_on_insert('year::int');
create trigger actuals_national_upd after update on actuals
  referencing new table as new_rows old table as old_rows for each statement
  execute function national_figures_on_write('year::int');
create trigger actuals_national_del after delete on actuals
  referencing old table as old_rows for each statement
  execute function national_figures_on_delete('year::int');

create trigger result_figures_national_ins after insert on result_figures
  referencing new table as new_rows for each statement
  execute function national_figures_on_insert('year::int');
create trigger result_figures_national_upd after update on result_figures
  referencing new table as new_rows old table as old_rows for each statement
  execute function national_figures_on_write('year::int');
create trigger result_figures_national_del after delete on result_figures
  referencing old table as old_rows for each statement
  execute function national_figures_on_delete('year::int');

-- Balance lines carry no year: it is their sheet's.
create trigger balance_lines_national_ins after insert on balance_lines
  referencing new table as new_rows for each statement
  execute function national_figures_on_insert(
    '(select bs.year::int from balance_sheets bs where bs.tenant_id = new_rows.tenant_id and bs.id = new_rows.balance_sheet_id)');
create trigger balance_lines_national_upd after update on balance_lines
  referencing new table as new_rows old table as old_rows for each statement
  execute function national_figures_on_write('null::int');
create trigger balance_lines_national_del after delete on balance_lines
  referencing old table as old_rows for each statement
  execute function national_figures_on_delete('null::int');
create trigger balance_sheets_national_upd after update on balance_sheets
  referencing new table as new_rows old table as old_rows for each statement
  execute function national_figures_on_write('year::int');
create trigger balance_sheets_national_del after delete on balance_sheets
  referencing old table as old_rows for each statement
  execute function national_figures_on_delete('year::int');

-- A line's kind, funder group or code decides where its actuals count.
create trigger economy_lines_national_upd after update on economy_lines
  referencing new table as new_rows old table as old_rows for each statement
  execute function national_figures_on_write('null::int');

create trigger interventions_national_upd after update on interventions
  referencing new table as new_rows old table as old_rows for each statement
  execute function national_figures_on_write('null::int');
create trigger interventions_national_del after delete on interventions
  referencing old table as old_rows for each statement
  execute function national_figures_on_delete('null::int');

create trigger members_national_ins after insert on members
  referencing new table as new_rows for each statement
  execute function national_figures_on_insert('null::int');
create trigger members_national_upd after update on members
  referencing new table as new_rows old table as old_rows for each statement
  execute function national_figures_on_write('null::int');

create trigger tenant_settings_national_upd after update on tenant_settings
  referencing new table as new_rows old table as old_rows for each statement
  execute function national_figures_on_write('null::int');

-- ---------------------------------------------------------------------------------------------
-- The published intervention catalogue (Insatskatalog).
-- ---------------------------------------------------------------------------------------------

-- A snapshot a förbund chose to publish: not its working data but a publication, readable by
-- every logged-in user, so it carries `publisher_tenant_id` instead of `tenant_id` (see
-- ARCHITECTURE.md). Only the publishing förbund may write or delete it (row-level security).
-- Headline figures are stored as published: suppressed before they are written.
create table catalogue_entries (
  id uuid primary key default gen_random_uuid(),
  publisher_tenant_id uuid not null references tenants (id) on delete cascade,
  intervention_id uuid not null,
  name text not null check (length(btrim(name)) between 1 and 200),
  kind text not null check (kind in ('individual', 'structural')),
  status text not null check (status in ('pre_study', 'ongoing', 'paused', 'ended')),
  description text not null default '' check (length(description) <= 5000),
  target_group_ids text[] not null default '{}',
  target_group_text text not null default '' check (length(target_group_text) <= 2000),
  method_tag_ids text[] not null default '{}',
  free_tags text[] not null default '{}',
  lead_organisation text not null default '',
  partner_names text[] not null default '{}',
  start_date date,
  end_date date,
  results_text text not null default '' check (length(results_text) <= 10000),
  headline_figures jsonb not null default '{}' check (jsonb_typeof(headline_figures) = 'object'),
  county_code text check (county_code ~ '^\d{2}$'),
  -- Labels of the tags and partners, so that a search for "Supported Employment" or "Gävle kommun" finds them.
  search_extra text not null default '',
  search tsvector generated always as (
    setweight(to_tsvector('swedish'::regconfig, name), 'A')
    || setweight(to_tsvector('swedish'::regconfig, description), 'B')
    || setweight(to_tsvector('swedish'::regconfig, target_group_text || ' ' || search_extra), 'C')
    || setweight(to_tsvector('swedish'::regconfig, results_text), 'D')
  ) stored,
  published_by uuid references users (id) on delete set null,
  published_at timestamptz not null default now(),
  unique (publisher_tenant_id, intervention_id)
);
create index catalogue_entries_search_idx on catalogue_entries using gin (search);
create index catalogue_entries_filters_idx on catalogue_entries using gin (target_group_ids, method_tag_ids);

alter table catalogue_entries enable row level security;
alter table catalogue_entries force row level security;
create policy catalogue_read on catalogue_entries for select using (true);
create policy catalogue_publish on catalogue_entries for insert
  with check (publisher_tenant_id = current_tenant_id());
create policy catalogue_republish on catalogue_entries for update
  using (publisher_tenant_id = current_tenant_id())
  with check (publisher_tenant_id = current_tenant_id());
create policy catalogue_unpublish on catalogue_entries for delete
  using (publisher_tenant_id = current_tenant_id());

-- ---------------------------------------------------------------------------------------------
-- Ownership and grants.
-- ---------------------------------------------------------------------------------------------

-- The aggregates role reads across förbund (BYPASSRLS) what the figures need, and keeps the
-- summary table; it owns the functions that do so. CREATE on the schema only while taking ownership.
grant usage, create on schema public to samsyn_aggregates;
grant select on tenants, tenant_settings, members, national_kpis, interventions, intervention_budgets,
  participant_figures, actuals, economy_lines, result_figures, balance_sheets, balance_lines to samsyn_aggregates;
grant select, insert, update, delete on national_figures to samsyn_aggregates;
alter function national_kpi_base(integer, integer) owner to samsyn_aggregates;
alter function national_kpi_aggregates(integer, integer, boolean) owner to samsyn_aggregates;
alter function national_similar_ids(uuid, integer, integer) owner to samsyn_aggregates;
alter function national_own_comparison(integer) owner to samsyn_aggregates;
alter function national_similar_named(integer) owner to samsyn_aggregates;
alter function national_named_values(text, integer) owner to samsyn_aggregates;
alter function national_years() owner to samsyn_aggregates;
alter function national_version() owner to samsyn_aggregates;
alter function refresh_national_figures(uuid, integer) owner to samsyn_aggregates;
alter function refresh_national_figures_of(uuid, integer[]) owner to samsyn_aggregates;
alter function national_figures_on_write() owner to samsyn_aggregates;
alter function national_figures_on_insert() owner to samsyn_aggregates;
alter function national_figures_on_delete() owner to samsyn_aggregates;
revoke create on schema public from samsyn_aggregates;

revoke all on function national_kpi_base(integer, integer),
  national_kpi_aggregates(integer, integer, boolean), national_similar_ids(uuid, integer, integer),
  national_own_comparison(integer), national_similar_named(integer), national_named_values(text, integer),
  national_years(), national_version(), refresh_national_figures(uuid, integer),
  refresh_national_figures_of(uuid, integer[]), national_figures_on_write(), national_figures_on_insert(),
  national_figures_on_delete()
  from public;

-- What the API may call: aggregates, the own förbund's comparison, and named figures of förbund that share.
grant execute on function national_kpi_aggregates(integer, integer, boolean), national_own_comparison(integer),
  national_similar_named(integer), national_named_values(text, integer), national_years(), national_version()
  to samsyn_app;
grant select on national_kpis to samsyn_app;
-- Its own förbund's rows only (forced RLS); no writes: the triggers keep the table.
grant select on national_figures to samsyn_app;
grant select, insert, update, delete on catalogue_entries to samsyn_app;
