-- Issue 19 ("enter once"): an actual on an intervention-funds line is split across the interventions
-- and local groups it paid for. An intervention's and a local group's spend is then the sum of its
-- allocations; the typed intervention_budgets.spend_ore / local_group_years.spend_ore remain only for
-- periods without allocations. Allocations of one actual should sum to the actual; a partial split
-- may be saved and the rest is shown as "Ej fördelat" (the reconciliation), never hidden.
--
-- Tenancy rules as in 0001/0003/0004: tenant_id first in the primary key and in every foreign key,
-- FORCED row-level security with the tenant_isolation policy. Money is integer öre (bigint).

create table actual_allocations (
  tenant_id uuid not null references tenants (id),
  id uuid not null default gen_random_uuid(),
  actual_id uuid not null,
  intervention_id uuid,
  local_group_id uuid,
  -- Signed like the actual it splits: a correction booked as a negative actual is split negatively.
  amount_ore bigint not null,
  -- The version of the actual's whole allocation set when this row was written (the set is replaced
  -- as a whole; actuals.allocations_version is the set's version that editors send back).
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, actual_id) references actuals (tenant_id, id) on delete cascade,
  -- Deleting an intervention registered by mistake (or an unused local group) returns its share to
  -- "Ej fördelat", where the reconciliation shows it, instead of blocking the delete with an error.
  foreign key (tenant_id, intervention_id) references interventions (tenant_id, id) on delete cascade,
  foreign key (tenant_id, local_group_id) references local_groups (tenant_id, id) on delete cascade,
  check ((intervention_id is null) <> (local_group_id is null))
);
create index actual_allocations_actual_idx on actual_allocations (tenant_id, actual_id);
create index actual_allocations_intervention_idx on actual_allocations (tenant_id, intervention_id)
  where intervention_id is not null;
create index actual_allocations_local_group_idx on actual_allocations (tenant_id, local_group_id)
  where local_group_id is not null;
-- One row per target within one actual: a split names each intervention or group once.
create unique index actual_allocations_intervention_key on actual_allocations (tenant_id, actual_id, intervention_id)
  where intervention_id is not null;
create unique index actual_allocations_local_group_key on actual_allocations (tenant_id, actual_id, local_group_id)
  where local_group_id is not null;
create trigger actual_allocations_touch before update on actual_allocations for each row execute function touch_updated_at();

-- The version of an actual's allocation set, apart from the actual's own version: correcting the
-- amount and splitting it are separate edits, each with its own optimistic concurrency. Kept on the
-- actual so that clearing a split (no rows left) still moves the version on.
alter table actuals add column allocations_version integer not null default 0;

alter table actual_allocations enable row level security;
alter table actual_allocations force row level security;
create policy tenant_isolation on actual_allocations
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
grant select, insert, update, delete on actual_allocations to samsyn_app;
