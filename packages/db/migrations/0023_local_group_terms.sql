-- Issue 20: local groups keep meetings per term (vårtermin, hösttermin), so a plan's "minst två
-- träffar per termin med samtliga parter" can be computed. A term belongs to a local group's year.
--
-- The yearly local_group_years.meetings_held stays: for a year WITHOUT term rows it is the yearly
-- total as entered (all years before this migration; a förbund may keep doing so); for a year WITH
-- term rows it is their sum. The API keeps the two consistent in the same transaction (saveTerm
-- rewrites the yearly figure; saveYear refuses a yearly figure that differs from the terms' sum).
-- No existing year has terms, so there is nothing to move: a yearly total cannot be split into
-- terms after the fact, and the plan measure reads a year with only a total as "terms missing"
-- unless it is too low to pass either way.
--
-- Tenancy rules as in 0004/0020: tenant_id first in the primary key and in every foreign key,
-- FORCED row-level security with the tenant_isolation policy.

create table local_group_terms (
  tenant_id uuid not null,
  local_group_id uuid not null,
  year smallint not null check (year between 2000 and 2100),
  -- spring = vårtermin (January–June), autumn = hösttermin (July–December).
  term text not null check (term in ('spring', 'autumn')),
  meetings_held integer not null check (meetings_held >= 0),
  -- Whether every party (FK, AF, region, municipality) took part in the term's meetings.
  all_parties_present boolean not null,
  -- Demo data marks what it invented, as local_group_years does.
  is_demo_estimate boolean not null default false,
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  primary key (tenant_id, local_group_id, year, term),
  foreign key (tenant_id, local_group_id, year) references local_group_years (tenant_id, local_group_id, year)
    on delete cascade
);
create trigger local_group_terms_touch before update on local_group_terms
  for each row execute function touch_updated_at();

alter table local_group_terms enable row level security;
alter table local_group_terms force row level security;
create policy tenant_isolation on local_group_terms using (tenant_id = current_tenant_id())
  with check (tenant_id = current_tenant_id());
grant select, insert, update, delete on local_group_terms to samsyn_app;
