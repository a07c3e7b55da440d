-- Issue 19: the national figures follow the books. This is the one rewrite of 0005's
-- refresh_national_figures for issue 19 (same signature, owner and grants), with two changes:
-- - costs are split by the cost kind each line carries (0015), never by its code: a förbund that
--   names its lines "Pengar till samverkan" or "Lön kansli" gets its true shares (`booked`);
-- - cost per participant (SAM018) and the count of interventions read each intervention's spend
--   from the actuals allocated to it (0016) where it has allocations in the year, and the typed
--   intervention_budgets.spend_ore only where it has none: the same rule as
--   readInterventionSpend, so Uppföljning Finsam, the intervention pages and the national
--   figures give one spend (`booked_spend`, `active`).
-- The update trigger on economy_lines already refreshes a förbund's figures when a line's kind
-- changes; allocations now refresh them when they change.

grant select on actual_allocations to samsyn_aggregates;

create or replace function refresh_national_figures(p_tenant uuid, p_year integer)
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

  with booked_spend as (
    -- Spend from the books: the year's actuals allocated to each intervention (0016).
    select al.intervention_id, sum(al.amount_ore) as spend
    from actual_allocations al
    join actuals a on a.tenant_id = al.tenant_id and a.id = al.actual_id
    where al.tenant_id = p_tenant and al.intervention_id is not null and a.year = p_year
    group by al.intervention_id
  ),
  active as (
    -- Interventions with spend (booked or typed) or figures in the year. An intervention's spend is
    -- its allocations where it has any in the year, else the spend typed for the year, as
    -- readInterventionSpend (apps/api/src/features/economy/allocations/intervention-spend.ts) has it.
    select i.id, i.kind,
           coalesce((select s.spend from booked_spend s where s.intervention_id = i.id),
                    (select sum(b.spend_ore) from intervention_budgets b
                      where b.tenant_id = p_tenant and b.intervention_id = i.id and b.year = p_year), 0) as spend
    from interventions i
    where i.tenant_id = p_tenant
      and (exists (select 1 from intervention_budgets b where b.tenant_id = p_tenant and b.intervention_id = i.id
                     and b.year = p_year and (b.spend_ore > 0 or b.total_budget_ore > 0))
           or exists (select 1 from booked_spend s where s.intervention_id = i.id)
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
  -- Cost lines are told apart by the cost kind the förbund chose for them (0015), never by
  -- their codes or names.
  booked as (
    select
      count(*) filter (where l.kind = 'contribution') as contribution_rows,
      count(*) filter (where l.kind = 'cost') as cost_rows,
      coalesce(sum(a.amount_ore) filter (where l.kind = 'contribution' and l.funder_group = 'state'), 0) as state,
      coalesce(sum(a.amount_ore) filter (where l.kind = 'contribution' and l.funder_group = 'region'), 0) as region,
      coalesce(sum(a.amount_ore) filter (where l.kind = 'contribution' and l.funder_group = 'municipalities'), 0) as municipalities,
      coalesce(sum(a.amount_ore) filter (where l.kind = 'cost' and l.cost_kind = 'interventionFunds'), 0) as intervention_costs,
      coalesce(sum(a.amount_ore) filter (where l.kind = 'cost' and l.cost_kind = 'staff'), 0) as staff_costs,
      coalesce(sum(a.amount_ore) filter (where l.kind = 'cost' and l.cost_kind = 'otherAdministration'), 0) as other_costs,
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

-- An allocation belongs to its actual's year. Deleted with its actual (cascade), the actual is gone
-- and the year unknown: the actual's own trigger has already refreshed that year.
create trigger actual_allocations_national_ins after insert on actual_allocations
  referencing new table as new_rows for each statement
  execute function national_figures_on_insert('(select a.year::int from actuals a where a.id = actual_id)');
create trigger actual_allocations_national_upd after update on actual_allocations
  referencing new table as new_rows old table as old_rows for each statement
  execute function national_figures_on_write('(select a.year::int from actuals a where a.id = actual_id)');
create trigger actual_allocations_national_del after delete on actual_allocations
  referencing old table as old_rows for each statement
  execute function national_figures_on_delete('(select a.year::int from actuals a where a.id = actual_id)');
