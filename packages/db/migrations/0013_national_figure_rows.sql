-- Each per-förbund rule of the national figures once: the allocation (medlemsbidrag, null when
-- none of the three was reported), the participants, whether equity is above the förbund's goal
-- and the participants who ended to work or studies were written out in both national_kpi_base
-- (0005) and the aggregation (0005, 0011). They are now columns of one view over the active
-- förbund's rows, which both read. Same names, signatures, columns and figures.
--
-- The view is owned by samsyn_aggregates (BYPASSRLS) like the functions, and granted to nobody:
-- it holds every förbund's row.
create view national_figure_rows as
  select n.*, t.county_code,
         n.participants_women + n.participants_men + n.participants_other as participants,
         case when n.contributions_state_ore is null and n.contributions_region_ore is null
                   and n.contributions_municipalities_ore is null then null
              else coalesce(n.contributions_state_ore, 0) + coalesce(n.contributions_region_ore, 0)
                   + coalesce(n.contributions_municipalities_ore, 0) end as allocation,
         case when n.equity_goal_percent is not null and n.revenue_ore > 0 and n.equity_ore is not null
              then (n.equity_ore::numeric / n.revenue_ore > n.equity_goal_percent / 100)::integer end as above_goal,
         n.ended_to_work + n.ended_to_studies as to_work_or_studies
  from national_figures n
  join tenants t on t.id = n.tenant_id and t.status = 'active';

grant usage, create on schema public to samsyn_aggregates;
alter view national_figure_rows owner to samsyn_aggregates;
revoke create on schema public from samsyn_aggregates;
revoke all on national_figure_rows from public;

create or replace function national_kpi_base(p_from integer, p_to integer)
  returns table (tenant_id uuid, year integer, county_code text, kpi_id text, value numeric, part numeric, whole numeric)
  language sql stable security definer set search_path = pg_catalog, public
  as $$
    select f.tenant_id, f.year::integer, f.county_code, k.kpi_id, k.value, k.part, k.whole
    from national_figure_rows f
    cross join lateral (values
      ('SAM001', case when f.total_costs_ore is not null then 1 end::numeric, null::numeric, null::numeric),
      ('SAM002', f.allocation::numeric, null, null),
      ('SAM003', f.contributions_state_ore::numeric, null, null),
      ('SAM004', f.contributions_region_ore::numeric, null, null),
      ('SAM005', f.contributions_municipalities_ore::numeric, null, null),
      ('SAM006', f.intervention_costs_ore::numeric / nullif(f.total_costs_ore, 0), f.intervention_costs_ore::numeric, f.total_costs_ore::numeric),
      ('SAM007', f.staff_costs_ore::numeric / nullif(f.total_costs_ore, 0), f.staff_costs_ore::numeric, f.total_costs_ore::numeric),
      ('SAM008', f.other_costs_ore::numeric / nullif(f.total_costs_ore, 0), f.other_costs_ore::numeric, f.total_costs_ore::numeric),
      ('SAM009', f.equity_ore::numeric / nullif(f.revenue_ore, 0), f.equity_ore::numeric, f.revenue_ore::numeric),
      ('SAM010', f.above_goal::numeric, null, null),
      ('SAM011', f.individual_interventions::numeric, null, null),
      ('SAM012', f.structural_interventions::numeric, null, null),
      ('SAM013', f.participants::numeric, null, null),
      ('SAM014', f.participants_women::numeric, null, null),
      ('SAM015', f.participants_men::numeric, null, null),
      ('SAM016', f.participants_other::numeric, null, null),
      -- A förbund's share enters a distribution only when its counts pass the share rule: part,
      -- whole and rest each 0 or at least 5 (the domain's publishShareOfCounts).
      ('SAM017', case when f.ended_participants >= 5
                       and (f.to_work_or_studies = 0 or f.to_work_or_studies >= 5)
                       and (f.ended_participants - f.to_work_or_studies = 0
                            or f.ended_participants - f.to_work_or_studies >= 5)
                  then f.to_work_or_studies::numeric / f.ended_participants end,
                 f.to_work_or_studies::numeric, f.ended_participants::numeric),
      -- A förbund's cost per participant enters only with 0 or at least 5 participants (0: undefined).
      ('SAM018', case when f.participants >= 5 then f.individual_intervention_costs_ore::numeric / f.participants end,
                 f.individual_intervention_costs_ore::numeric, f.participants::numeric)
    ) k (kpi_id, value, part, whole)
    where f.year between p_from and p_to
  $$;

create or replace function national_kpi_aggregates_computed(p_from integer, p_to integer, p_by_county boolean)
  returns table (year integer, county_code text, kpi_id text, contributors integer, value numeric,
                 part numeric, whole numeric, q1 numeric, median numeric, q3 numeric)
  language sql stable security definer set search_path = pg_catalog, public
  as $$
    with f as (
      select r.*, coalesce(r.county_code, '00') as county,
             r.equity_ore::float8 / nullif(r.revenue_ore, 0) as equity_share,
             -- A förbund's cost per participant enters only with at least 5 participants.
             case when r.participants >= 5
                  then r.individual_intervention_costs_ore::float8 / r.participants end as cost_per_participant
      from national_figure_rows r
      where r.year between p_from and p_to
    ),
    g as (
      select f.year::integer as year, f.county as county_code,
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
      from f
      -- The nation (county null) and, when asked for, each county, in one pass.
      group by grouping sets ((f.year), (f.year, f.county))
      having p_by_county or grouping(f.county) = 1
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
