-- Issue 20, the verksamhetsplan: a plan covers one or more years, draft → adopted, and holds the
-- vision, the purpose, the target groups in priority order, the directions and a tree
-- area → goal → indicators and activities, with the interventions each goal is served by.
-- How each indicator fared per period (its follow-up) and the risk analysis come in 0022.
--
-- Tenancy rules as in 0001/0004: tenant_id first in the primary key and in every foreign key to a
-- förbund table, FORCED row-level security with the tenant_isolation policy.

create table plans (
  tenant_id uuid not null references tenants (id),
  id uuid not null default gen_random_uuid(),
  name text not null check (length(btrim(name)) between 1 and 200),
  -- The seeds' plans cover one to three years ("Verksamhetsplan och budget 2020 - 2022").
  first_year smallint not null check (first_year between 2000 and 2100),
  last_year smallint not null check (last_year between 2000 and 2100),
  status text not null default 'draft' check (status in ('draft', 'adopted')),
  adopted_on date,
  -- Link point for the board (issue 21): the decision that adopted the plan. No foreign key until
  -- the decisions table exists; the board issue adds it.
  adopted_decision_id uuid,
  vision text not null default '' check (length(vision) <= 10000),
  purpose text not null default '' check (length(purpose) <= 10000),
  -- In priority order, as Insjöriket's "prioriteringsordning" of target groups.
  target_groups text[] not null default '{}',
  directions text[] not null default '{}',
  -- "Kopiera till nästa period": where this plan was copied from; kept when the source is deleted.
  copied_from_plan_id uuid,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, copied_from_plan_id) references plans (tenant_id, id)
    on delete set null (copied_from_plan_id),
  check (last_year >= first_year and last_year - first_year <= 4),
  check ((status = 'adopted') = (adopted_on is not null)),
  check (cardinality(target_groups) <= 50 and cardinality(directions) <= 50)
);
create index plans_years_idx on plans (tenant_id, first_year, last_year);
create trigger plans_touch before update on plans for each row execute function touch_updated_at();

-- A goal area ("Målområde", "Inriktningsmål"). Optional: a plan's goals may sit directly under it.
create table plan_areas (
  tenant_id uuid not null,
  id uuid not null default gen_random_uuid(),
  plan_id uuid not null,
  position smallint not null check (position >= 0),
  title text not null check (length(btrim(title)) between 1 and 500),
  description text not null default '' check (length(description) <= 10000),
  primary key (tenant_id, id),
  foreign key (tenant_id, plan_id) references plans (tenant_id, id) on delete cascade
);
create index plan_areas_plan_idx on plan_areas (tenant_id, plan_id, position);

create table plan_goals (
  tenant_id uuid not null,
  id uuid not null default gen_random_uuid(),
  plan_id uuid not null,
  -- Null: the goal sits directly under the plan (Gävleborg 2020–2022's goals 5.1–5.4).
  area_id uuid,
  position smallint not null check (position >= 0),
  -- The plan's own numbering ("5.1"), shown before the title; empty when the plan has none.
  code text not null default '' check (length(code) <= 20),
  title text not null check (length(btrim(title)) between 1 and 500),
  description text not null default '' check (length(description) <= 10000),
  primary key (tenant_id, id),
  foreign key (tenant_id, plan_id) references plans (tenant_id, id) on delete cascade,
  foreign key (tenant_id, area_id) references plan_areas (tenant_id, id) on delete cascade
);
create index plan_goals_plan_idx on plan_goals (tenant_id, plan_id, position);

-- An indicator: how a goal is measured, from one of three sources.
--   computed: from Samsyn's own data by a named domain function (computed_measure), never stored;
--   nns:      an NNS survey indicator (fixed wording in nns_indicators, 0021), results per year;
--   entered:  a value or judgement entered at follow-up, with a comment.
create table plan_indicators (
  tenant_id uuid not null,
  id uuid not null default gen_random_uuid(),
  goal_id uuid not null,
  position smallint not null check (position >= 0),
  text text not null check (length(btrim(text)) between 1 and 2000),
  source text not null check (source in ('computed', 'nns', 'entered')),
  computed_measure text check (computed_measure in (
    'equityShareOfBudgetedRevenue', 'interventionsMeetingGoalsShare', 'participantOutcomeShare',
    'localGroupsMeetingPerTermShare', 'catalogueEntriesPublished'
  )),
  -- The measure's parameters, validated by the domain (e.g. {"outcomes": ["work", "studies"]}).
  computed_params jsonb not null default '{}',
  -- References nns_indicators (code) once 0021 creates it; 0021 adds the foreign key.
  nns_indicator_code text,
  -- atLeast / atMost a target; betterThanLastYear; atLeastNational (NNS: the national comparison
  -- figure); judged: no figure, the follow-up states the status (an activity-like indicator).
  comparison text not null check (comparison in ('atLeast', 'atMost', 'betterThanLastYear', 'atLeastNational', 'judged')),
  unit text not null check (unit in ('percent', 'count', 'score', 'none')),
  -- Exact decimal; judged on exact values, never floats.
  target_value numeric(14, 2),
  primary key (tenant_id, id),
  foreign key (tenant_id, goal_id) references plan_goals (tenant_id, id) on delete cascade,
  check ((source = 'computed') = (computed_measure is not null)),
  check ((source = 'nns') = (nns_indicator_code is not null)),
  check (comparison <> 'atLeastNational' or source = 'nns'),
  check ((comparison in ('atLeast', 'atMost')) = (target_value is not null)),
  check ((comparison = 'judged') = (unit = 'none'))
);
create index plan_indicators_goal_idx on plan_indicators (tenant_id, goal_id, position);

-- The year's activities under a goal ("Arbeta med information enligt beslutad kommunikationsplan").
create table plan_activities (
  tenant_id uuid not null,
  id uuid not null default gen_random_uuid(),
  goal_id uuid not null,
  position smallint not null check (position >= 0),
  text text not null check (length(btrim(text)) between 1 and 2000),
  responsible text not null default '' check (length(responsible) <= 200),
  -- The plan year the activity belongs to; null: every year of the plan.
  year smallint check (year between 2000 and 2100),
  primary key (tenant_id, id),
  foreign key (tenant_id, goal_id) references plan_goals (tenant_id, id) on delete cascade
);
create index plan_activities_goal_idx on plan_activities (tenant_id, goal_id, position);

-- The interventions a goal is served by.
create table plan_goal_interventions (
  tenant_id uuid not null,
  goal_id uuid not null,
  intervention_id uuid not null,
  primary key (tenant_id, goal_id, intervention_id),
  foreign key (tenant_id, goal_id) references plan_goals (tenant_id, id) on delete cascade,
  foreign key (tenant_id, intervention_id) references interventions (tenant_id, id) on delete cascade
);
create index plan_goal_interventions_intervention_idx on plan_goal_interventions (tenant_id, intervention_id);

do $$
declare t text;
begin
  foreach t in array array['plans', 'plan_areas', 'plan_goals', 'plan_indicators', 'plan_activities',
                           'plan_goal_interventions'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = current_tenant_id()) '
                   'with check (tenant_id = current_tenant_id())', t);
    execute format('grant select, insert, update, delete on %I to samsyn_app', t);
  end loop;
end $$;
