-- Issue 20, the verksamhetsplan's follow-up per period and its risk analysis.
--   plan_indicator_follow_ups: per indicator and period the entered value (entered indicators),
--     the status the editor states (judged and entered indicators) and a comment;
--   plan_activity_follow_ups: per activity and period how far it has come, with a comment;
--   plan_goal_follow_ups: per goal and period the goal's summary ("Mätning sker under hösten 2019.");
--   plan_risks: the board's yearly risk and strategy analysis with control measures (internal control).
-- Computed and NNS values are never stored here: they are read when the follow-up is shown.
--
-- Tenancy rules as in 0001/0004/0020: tenant_id first in the primary key and in every foreign key
-- to a förbund table, FORCED row-level security with the tenant_isolation policy.

-- A plan is followed up per half-year or year, as the seeds' reports do ('2019-H1', '2019').
create table plan_indicator_follow_ups (
  tenant_id uuid not null,
  indicator_id uuid not null,
  period text not null check (period ~ '^[0-9]{4}(-H[12])?$'),
  -- Exact, as the target: an entered indicator's value (percent as 0–100, a count, a score).
  entered_value numeric(14, 2),
  stated_status text check (stated_status in ('met', 'partlyMet', 'notMet', 'notMeasured')),
  comment text not null default '' check (length(comment) <= 10000),
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  primary key (tenant_id, indicator_id, period),
  foreign key (tenant_id, indicator_id) references plan_indicators (tenant_id, id) on delete cascade
);

create table plan_activity_follow_ups (
  tenant_id uuid not null,
  activity_id uuid not null,
  period text not null check (period ~ '^[0-9]{4}(-H[12])?$'),
  status text not null check (status in ('notStarted', 'ongoing', 'done', 'postponed')),
  comment text not null default '' check (length(comment) <= 10000),
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  primary key (tenant_id, activity_id, period),
  foreign key (tenant_id, activity_id) references plan_activities (tenant_id, id) on delete cascade
);

create table plan_goal_follow_ups (
  tenant_id uuid not null,
  goal_id uuid not null,
  period text not null check (period ~ '^[0-9]{4}(-H[12])?$'),
  comment text not null default '' check (length(comment) <= 10000),
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  primary key (tenant_id, goal_id, period),
  foreign key (tenant_id, goal_id) references plan_goals (tenant_id, id) on delete cascade
);

-- An event that could stop the plan's goals, judged likelihood × consequence (1–4 each), with the
-- control measures, who owns them and when the board last reviewed it (the analysis is yearly).
create table plan_risks (
  tenant_id uuid not null,
  id uuid not null default gen_random_uuid(),
  plan_id uuid not null,
  position smallint not null check (position >= 0),
  event text not null check (length(btrim(event)) between 1 and 2000),
  likelihood smallint not null check (likelihood between 1 and 4),
  consequence smallint not null check (consequence between 1 and 4),
  control_measures text not null default '' check (length(control_measures) <= 10000),
  owner text not null default '' check (length(owner) <= 200),
  reviewed_on date,
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, plan_id) references plans (tenant_id, id) on delete cascade
);
create index plan_risks_plan_idx on plan_risks (tenant_id, plan_id, position);

do $$
declare t text;
begin
  foreach t in array array['plan_indicator_follow_ups', 'plan_activity_follow_ups', 'plan_goal_follow_ups',
                           'plan_risks'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = current_tenant_id()) '
                   'with check (tenant_id = current_tenant_id())', t);
    execute format('grant select, insert, update, delete on %I to samsyn_app', t);
    execute format('create trigger %I before update on %I for each row execute function touch_updated_at()',
                   t || '_touch', t);
  end loop;
end $$;
