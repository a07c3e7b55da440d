-- The förbund's economy: fiscal years, the förbund's own chart of budget lines, budgets and
-- multi-year plans, members' contributions (allocation keys, populations, overrides with comments),
-- actuals per period and line, booked income-statement figures, balances and year-end forecasts.
--
-- Money is exact: integer öre in bigint columns, never floating point. Every table follows the
-- tenancy rules of 0001: tenant_id first in the primary key, foreign keys that include tenant_id,
-- FORCED row-level security with the tenant_isolation policy.
--
-- Link point for interventions: `actuals` has a stable (tenant_id, id) and actuals are updated in
-- place, never deleted and re-inserted, so a later table may break an actual down per intervention
-- with `foreign key (tenant_id, actual_id) references actuals (tenant_id, id)`.

-- A förbund's fiscal years (calendar years, as for every kommunalförbund). The anchor that budgets,
-- contributions, actuals, balances and forecasts hang on.
create table fiscal_years (
  tenant_id uuid not null references tenants (id),
  id uuid not null default gen_random_uuid(),
  year smallint not null check (year between 2000 and 2100),
  -- Equity at the start of the year when no balance sheet of the previous year end is entered.
  opening_equity_ore bigint,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, year),
  -- Lets child rows carry the year and have it checked against their fiscal year.
  unique (tenant_id, id, year)
);
create trigger fiscal_years_touch before update on fiscal_years for each row execute function touch_updated_at();

-- The förbund's chart of lines: revenue lines (contributions by funder group, other income,
-- financial income) and cost lines in whatever groups the förbund chooses. Shared by its budgets,
-- actuals and forecasts; a "varav" breakdown line has a parent and is never added to a total.
create table economy_lines (
  tenant_id uuid not null references tenants (id),
  id uuid not null default gen_random_uuid(),
  code text not null check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(code) <= 60),
  name text not null check (length(btrim(name)) between 1 and 200),
  kind text not null check (kind in ('contribution', 'otherIncome', 'financialIncome', 'cost', 'financialCost')),
  funder_group text check (funder_group in ('state', 'region', 'municipalities')),
  member_id uuid,
  line_group text check (length(btrim(line_group)) between 1 and 100),
  parent_line_id uuid,
  position integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, member_id) references members (tenant_id, id),
  foreign key (tenant_id, parent_line_id) references economy_lines (tenant_id, id) on delete cascade,
  check ((kind = 'contribution') = (funder_group is not null) or parent_line_id is not null)
);
create unique index economy_lines_code_key on economy_lines (tenant_id, code) where parent_line_id is null;
create unique index economy_lines_sub_code_key on economy_lines (tenant_id, parent_line_id, code)
  where parent_line_id is not null;
create trigger economy_lines_touch before update on economy_lines for each row execute function touch_updated_at();

-- A budget: one year, or a budget year followed by plan years (2020 with plan 2021–2022). For a
-- year, the budget in force is the one starting that year, else the latest plan covering it.
create table budgets (
  tenant_id uuid not null references tenants (id),
  id uuid not null default gen_random_uuid(),
  fiscal_year_id uuid not null,
  first_year smallint not null,
  year_count smallint not null check (year_count between 1 and 5),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, first_year),
  foreign key (tenant_id, fiscal_year_id, first_year) references fiscal_years (tenant_id, id, year)
);
create trigger budgets_touch before update on budgets for each row execute function touch_updated_at();

-- A line's amounts in a budget, one per year of the budget (null only on a "varav" line the plan
-- leaves blank). Positive figures; the line's kind says which side they are on.
create table budget_lines (
  tenant_id uuid not null references tenants (id),
  budget_id uuid not null,
  line_id uuid not null,
  -- The line's name as this budget prints it (names change over the years; the chart keeps the latest).
  name text not null check (length(btrim(name)) between 1 and 200),
  position integer not null,
  amounts_ore bigint[] not null check (cardinality(amounts_ore) between 1 and 5 and 0 <= all (amounts_ore)),
  primary key (tenant_id, budget_id, line_id),
  foreign key (tenant_id, budget_id) references budgets (tenant_id, id) on delete cascade,
  foreign key (tenant_id, line_id) references economy_lines (tenant_id, id)
);

-- How a year's (or half-year's) contributions are computed: the basis (the förbund's total, or the
-- state's amount that the region and municipalities each match with half), the allocation key among
-- the municipalities, and whether FK and AF are listed apart.
create table contribution_plans (
  tenant_id uuid not null references tenants (id),
  id uuid not null default gen_random_uuid(),
  fiscal_year_id uuid not null,
  year smallint not null,
  period text not null check (period in ('year', 'H1', 'H2')),
  basis_kind text not null check (basis_kind in ('total', 'state')),
  basis_ore bigint not null check (basis_ore >= 0 and basis_ore % 100 = 0),
  key_kind text not null check (key_kind in ('population', 'agreed')),
  -- Population key: the populations of this year (e.g. 31 December of the year before).
  population_year smallint check (population_year between 1990 and 2100),
  state_lines text not null default 'combined' check (state_lines in ('combined', 'separate')),
  fk_share_percent numeric(9, 6) check (fk_share_percent between 0 and 100),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, year, period),
  foreign key (tenant_id, fiscal_year_id, year) references fiscal_years (tenant_id, id, year)
);
create trigger contribution_plans_touch before update on contribution_plans for each row execute function touch_updated_at();

-- Agreed percentages of the municipalities' quarter (the förbundsordning's key), per plan.
create table allocation_percentages (
  tenant_id uuid not null references tenants (id),
  plan_id uuid not null,
  member_id uuid not null,
  percent numeric(9, 6) not null check (percent between 0 and 100),
  primary key (tenant_id, plan_id, member_id),
  foreign key (tenant_id, plan_id) references contribution_plans (tenant_id, id) on delete cascade,
  foreign key (tenant_id, member_id) references members (tenant_id, id)
);

-- A municipality's population in a year, for population keys.
create table member_populations (
  tenant_id uuid not null references tenants (id),
  member_id uuid not null,
  year smallint not null check (year between 1990 and 2100),
  population integer not null check (population >= 0),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, member_id, year),
  foreign key (tenant_id, member_id) references members (tenant_id, id)
);
create trigger member_populations_touch before update on member_populations for each row execute function touch_updated_at();

-- The office's own figure for one contribution (förbund round by hand), always with the reason.
-- member_id null is the combined state line "Staten (FK+AF)".
create table contribution_overrides (
  tenant_id uuid not null references tenants (id),
  id uuid not null default gen_random_uuid(),
  plan_id uuid not null,
  member_id uuid,
  amount_ore bigint not null check (amount_ore >= 0 and amount_ore % 100 = 0),
  comment text not null check (length(btrim(comment)) between 1 and 500),
  primary key (tenant_id, id),
  unique nulls not distinct (tenant_id, plan_id, member_id),
  foreign key (tenant_id, plan_id) references contribution_plans (tenant_id, id) on delete cascade,
  foreign key (tenant_id, member_id) references members (tenant_id, id)
);

-- Actuals (utfall) as booked, per line and period: a month (1–12), a half-year (1–2) or the whole
-- year (1). Periods of one line in one year never overlap (checked by the API), so sums to date
-- never count an amount twice. Signed: a correction may be negative.
create table actuals (
  tenant_id uuid not null references tenants (id),
  id uuid not null default gen_random_uuid(),
  fiscal_year_id uuid not null,
  year smallint not null,
  period_kind text not null check (period_kind in ('month', 'half', 'year')),
  period_number smallint not null,
  line_id uuid not null,
  amount_ore bigint not null,
  note text check (length(note) <= 500),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, line_id, year, period_kind, period_number),
  foreign key (tenant_id, fiscal_year_id, year) references fiscal_years (tenant_id, id, year),
  foreign key (tenant_id, line_id) references economy_lines (tenant_id, id),
  check (
    (period_kind = 'month' and period_number between 1 and 12)
    or (period_kind = 'half' and period_number between 1 and 2)
    or (period_kind = 'year' and period_number = 1)
  )
);
create index actuals_year_idx on actuals (tenant_id, year);
create trigger actuals_touch before update on actuals for each row execute function touch_updated_at();

-- The income statement's figures as the ledger gives them, from the start of the year through a
-- month (6 = the half-year report). Kept beside the actuals per line: when the two differ, the
-- reports show the difference instead of choosing one.
create table result_figures (
  tenant_id uuid not null references tenants (id),
  id uuid not null default gen_random_uuid(),
  fiscal_year_id uuid not null,
  year smallint not null,
  through_month smallint not null check (through_month between 1 and 12),
  revenue_ore bigint not null,
  costs_ore bigint not null,
  depreciation_ore bigint not null default 0,
  financial_income_ore bigint not null default 0,
  financial_costs_ore bigint not null default 0,
  extraordinary_ore bigint not null default 0,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, year, through_month),
  foreign key (tenant_id, fiscal_year_id, year) references fiscal_years (tenant_id, id, year)
);
create trigger result_figures_touch before update on result_figures for each row execute function touch_updated_at();

-- Balances on a date (2019-06-30, 2018-12-31): the balance sheet is computed from these lines.
create table balance_sheets (
  tenant_id uuid not null references tenants (id),
  id uuid not null default gen_random_uuid(),
  fiscal_year_id uuid not null,
  year smallint not null,
  balance_date date not null check (extract(year from balance_date) = year),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, balance_date),
  foreign key (tenant_id, fiscal_year_id, year) references fiscal_years (tenant_id, id, year)
);
create trigger balance_sheets_touch before update on balance_sheets for each row execute function touch_updated_at();

create table balance_lines (
  tenant_id uuid not null references tenants (id),
  balance_sheet_id uuid not null,
  code text not null check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(code) <= 60),
  name text not null check (length(btrim(name)) between 1 and 200),
  section text not null check (section in ('fixedAssets', 'currentAssets', 'equity', 'provisions', 'longTermLiabilities', 'currentLiabilities')),
  amount_ore bigint not null,
  note smallint check (note between 1 and 99),
  position integer not null,
  primary key (tenant_id, balance_sheet_id, code),
  foreign key (tenant_id, balance_sheet_id) references balance_sheets (tenant_id, id) on delete cascade
);

-- The year-end forecast (prognos) per line; lines without one are forecast at their budget.
create table forecasts (
  tenant_id uuid not null references tenants (id),
  id uuid not null default gen_random_uuid(),
  fiscal_year_id uuid not null,
  year smallint not null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, year),
  foreign key (tenant_id, fiscal_year_id, year) references fiscal_years (tenant_id, id, year)
);
create trigger forecasts_touch before update on forecasts for each row execute function touch_updated_at();

create table forecast_lines (
  tenant_id uuid not null references tenants (id),
  forecast_id uuid not null,
  line_id uuid not null,
  amount_ore bigint not null check (amount_ore >= 0),
  primary key (tenant_id, forecast_id, line_id),
  foreign key (tenant_id, forecast_id) references forecasts (tenant_id, id) on delete cascade,
  foreign key (tenant_id, line_id) references economy_lines (tenant_id, id)
);

-- Row-level security, forced, on every table above; the app role reads and writes them.
do $$
declare t text;
begin
  foreach t in array array[
    'fiscal_years', 'economy_lines', 'budgets', 'budget_lines', 'contribution_plans',
    'allocation_percentages', 'member_populations', 'contribution_overrides', 'actuals',
    'result_figures', 'balance_sheets', 'balance_lines', 'forecasts', 'forecast_lines'
  ] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format(
      'create policy tenant_isolation on %I using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id())',
      t
    );
    execute format('grant select, insert, update, delete on %I to samsyn_app', t);
  end loop;
end $$;
