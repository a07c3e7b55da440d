-- Interventions (insatser) and their results: the register with status history, goals and their
-- follow-up, free-text results per period, budget and spend per year, participant figures per
-- period (counts only, never a person), and local groups (lokala samverkansgrupper, "Mysam").
--
-- Tenancy rules as in 0001: tenant_id first in every primary key, every foreign key to another
-- förbund table includes tenant_id, FORCED row-level security with the tenant_isolation policy.
-- Money is integer öre (bigint). Periods are text as the domain writes them: '2019', '2019-H1',
-- '2019-06', with their first and last day beside them for range queries.

-- A local group: usually one per municipality, or as the förbund sets them up.
create table local_groups (
  tenant_id uuid not null references tenants (id),
  id uuid not null default gen_random_uuid(),
  name text not null check (length(btrim(name)) between 1 and 200),
  -- The size its share of municipality-specific funds is based on; null when not used.
  population integer check (population >= 0),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id)
);
create unique index local_groups_name_key on local_groups (tenant_id, lower(name));
create trigger local_groups_touch before update on local_groups for each row execute function touch_updated_at();

-- The municipality members a local group covers.
create table local_group_members (
  tenant_id uuid not null,
  local_group_id uuid not null,
  member_id uuid not null,
  primary key (tenant_id, local_group_id, member_id),
  foreign key (tenant_id, local_group_id) references local_groups (tenant_id, id) on delete cascade,
  foreign key (tenant_id, member_id) references members (tenant_id, id)
);

-- A local group's year: its own budget, spend, meetings held, action plan updated.
create table local_group_years (
  tenant_id uuid not null,
  local_group_id uuid not null,
  year smallint not null check (year between 2000 and 2100),
  budget_ore bigint not null check (budget_ore >= 0),
  spend_ore bigint not null check (spend_ore >= 0),
  meetings_held integer not null check (meetings_held >= 0),
  has_updated_action_plan boolean not null,
  -- Demo data marks what it invented, so nobody mistakes it for a förbund's own figures.
  is_demo_estimate boolean not null default false,
  estimated_fields text[] not null default '{}',
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  primary key (tenant_id, local_group_id, year),
  foreign key (tenant_id, local_group_id) references local_groups (tenant_id, id) on delete cascade
);
create trigger local_group_years_touch before update on local_group_years for each row execute function touch_updated_at();

create table interventions (
  tenant_id uuid not null references tenants (id),
  id uuid not null default gen_random_uuid(),
  name text not null check (length(btrim(name)) between 1 and 200),
  kind text not null check (kind in ('individual', 'structural')),
  purpose text not null default '' check (length(purpose) <= 5000),
  -- Stable ids from the domain's lists (target-groups.ts, method-tags.ts); the API validates them.
  target_group_ids text[] not null default '{}',
  target_group_text text not null default '' check (length(target_group_text) <= 2000),
  method_tag_ids text[] not null default '{}',
  free_tags text[] not null default '{}',
  -- The huvudman: a member, or the förbund itself when null.
  lead_member_id uuid,
  participant_registration text not null default 'volume_only'
    check (participant_registration in ('volume_only', 'personal_data_or_anonymous')),
  start_date date,
  end_date date,
  status text not null check (status in ('pre_study', 'ongoing', 'paused', 'ended')),
  local_group_id uuid,
  -- Archived interventions leave lists and reports but keep their figures (no delete once figures exist).
  archived_at timestamptz,
  is_demo_estimate boolean not null default false,
  estimated_fields text[] not null default '{}',
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, lead_member_id) references members (tenant_id, id),
  foreign key (tenant_id, local_group_id) references local_groups (tenant_id, id),
  check (start_date is null or end_date is null or end_date >= start_date)
);
create index interventions_local_group_idx on interventions (tenant_id, local_group_id) where local_group_id is not null;
create trigger interventions_touch before update on interventions for each row execute function touch_updated_at();

-- Samverkansparter: the members taking part besides the lead.
create table intervention_partners (
  tenant_id uuid not null,
  intervention_id uuid not null,
  member_id uuid not null,
  position smallint not null,
  primary key (tenant_id, intervention_id, member_id),
  foreign key (tenant_id, intervention_id) references interventions (tenant_id, id) on delete cascade,
  foreign key (tenant_id, member_id) references members (tenant_id, id)
);

-- Every status an intervention has had: registration (from_status null), then each change.
create table intervention_status_changes (
  tenant_id uuid not null,
  id bigint generated always as identity,
  intervention_id uuid not null,
  from_status text check (from_status in ('pre_study', 'ongoing', 'paused', 'ended')),
  to_status text not null check (to_status in ('pre_study', 'ongoing', 'paused', 'ended')),
  effective_date date not null,
  is_reopening boolean not null default false,
  note text not null default '' check (length(note) <= 2000),
  changed_by uuid references users (id),
  changed_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, intervention_id) references interventions (tenant_id, id) on delete cascade
);
create index intervention_status_changes_idx on intervention_status_changes (tenant_id, intervention_id, id);

-- Goals: a count target, a share target, or a qualitative goal (see packages/domain goal.ts).
create table intervention_goals (
  tenant_id uuid not null,
  id uuid not null default gen_random_uuid(),
  intervention_id uuid not null,
  position integer not null default 0,
  type text not null check (type in ('count', 'share', 'qualitative')),
  description text not null check (length(btrim(description)) between 1 and 2000),
  measure text,
  target bigint check (target > 0),
  target_percent smallint check (target_percent between 0 and 100),
  comparison text check (comparison in ('at_least', 'at_most')),
  -- The period the target applies to ('2019'); null: each follow-up period on its own.
  goal_period text check (goal_period ~ '^\d{4}(-(0[1-9]|1[0-2])|-H[12])?$'),
  is_demo_estimate boolean not null default false,
  estimated_fields text[] not null default '{}',
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, intervention_id) references interventions (tenant_id, id) on delete cascade,
  check (
    (type = 'count' and measure is not null and target is not null and target_percent is null and comparison is null)
    or (type = 'share' and measure is not null and target is null and target_percent is not null and comparison is not null)
    or (type = 'qualitative' and measure is null and target is null and target_percent is null and comparison is null and goal_period is null)
  )
);
create index intervention_goals_idx on intervention_goals (tenant_id, intervention_id, position);
create trigger intervention_goals_touch before update on intervention_goals for each row execute function touch_updated_at();

-- A goal's follow-up for a period: the status of a qualitative goal, the actual of an entered
-- count, and a comment. Computed actuals are never stored: they come from the figures.
create table intervention_goal_assessments (
  tenant_id uuid not null,
  goal_id uuid not null,
  period text not null check (period ~ '^\d{4}(-(0[1-9]|1[0-2])|-H[12])?$'),
  status text check (status in ('met', 'partly_met', 'not_met', 'not_measured_yet')),
  entered_actual bigint check (entered_actual >= 0),
  comment text not null default '' check (length(comment) <= 2000),
  is_demo_estimate boolean not null default false,
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  primary key (tenant_id, goal_id, period),
  foreign key (tenant_id, goal_id) references intervention_goals (tenant_id, id) on delete cascade
);
create trigger intervention_goal_assessments_touch before update on intervention_goal_assessments for each row execute function touch_updated_at();

-- "Resultat" and "Kommentar" per reporting period.
create table intervention_period_notes (
  tenant_id uuid not null,
  intervention_id uuid not null,
  period text not null check (period ~ '^\d{4}(-(0[1-9]|1[0-2])|-H[12])?$'),
  results_text text not null default '' check (length(results_text) <= 10000),
  comment text not null default '' check (length(comment) <= 5000),
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  primary key (tenant_id, intervention_id, period),
  foreign key (tenant_id, intervention_id) references interventions (tenant_id, id) on delete cascade
);
create trigger intervention_period_notes_touch before update on intervention_period_notes for each row execute function touch_updated_at();

-- Budget and spend per intervention and year. Spend is entered here (the economy's actuals are
-- per operating-statement line, not per intervention), with planned participants for FK.
create table intervention_budgets (
  tenant_id uuid not null,
  intervention_id uuid not null,
  year smallint not null check (year between 2000 and 2100),
  total_budget_ore bigint not null check (total_budget_ore >= 0),
  spend_ore bigint not null check (spend_ore >= 0),
  planned_total integer check (planned_total >= 0),
  planned_women integer check (planned_women >= 0),
  planned_men integer check (planned_men >= 0),
  planned_other_unknown integer check (planned_other_unknown >= 0),
  is_demo_estimate boolean not null default false,
  estimated_fields text[] not null default '{}',
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  primary key (tenant_id, intervention_id, year),
  foreign key (tenant_id, intervention_id) references interventions (tenant_id, id) on delete cascade,
  check (
    (planned_total is null and planned_women is null and planned_men is null and planned_other_unknown is null)
    or (planned_total = planned_women + planned_men + planned_other_unknown)
  )
);
create trigger intervention_budgets_touch before update on intervention_budgets for each row execute function touch_updated_at();

-- Participant figures per intervention and period: counts only, never a person. `figures` is the
-- domain's validated ParticipantFigures object (participant-figures.ts), e.g. for an
-- individual-level intervention {"kind":"individual","new":{"total":7,"women":3,"men":4,
-- "otherUnknown":0},"ongoing":{…},"ended":{…}|null,"outcomes":{"work":{…},…}|null,
-- "ageBandsAtStart":{…}|null,"incomeSourcesAtStart":{…}|null}, for a structural one
-- {"kind":"structural","staffReached":0,"managersReached":82,"unspecifiedReached":75,"meetingsHeld":27}.
-- The API writes only what validateParticipantFigures accepts.
create table participant_figures (
  tenant_id uuid not null,
  intervention_id uuid not null,
  period text not null check (period ~ '^\d{4}(-(0[1-9]|1[0-2])|-H[12])?$'),
  period_type text not null check (period_type in ('month', 'half_year', 'year')),
  period_start date not null,
  period_end date not null,
  kind text not null check (kind in ('individual', 'structural')),
  figures jsonb not null check (jsonb_typeof(figures) = 'object' and figures ->> 'kind' = kind),
  is_demo_estimate boolean not null default false,
  estimated_fields text[] not null default '{}',
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, intervention_id, period),
  foreign key (tenant_id, intervention_id) references interventions (tenant_id, id),
  check (period_end >= period_start)
);
create index participant_figures_range_idx on participant_figures (tenant_id, period_start, period_end);
create trigger participant_figures_touch before update on participant_figures for each row execute function touch_updated_at();

-- Row-level security: forced, so it binds the table owner too.
do $$
declare t text;
begin
  foreach t in array array[
    'local_groups', 'local_group_members', 'local_group_years', 'interventions', 'intervention_partners',
    'intervention_status_changes', 'intervention_goals', 'intervention_goal_assessments',
    'intervention_period_notes', 'intervention_budgets', 'participant_figures'
  ] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format(
      'create policy tenant_isolation on %I using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id())',
      t);
    execute format('grant select, insert, update, delete on %I to samsyn_app', t);
  end loop;
end $$;
-- The status history is append-only for the app.
revoke update, delete on intervention_status_changes from samsyn_app;
