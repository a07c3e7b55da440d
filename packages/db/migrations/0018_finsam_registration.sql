-- Issue 19, Uppföljning Finsam complete: the fields FK's registration asks of each intervention, and
-- per period the mark that the förbund has registered the period in Uppföljning Finsam.
--
-- Tenancy rules as in 0001/0004: tenant_id first in the primary key and in every foreign key to a
-- förbund table, FORCED row-level security with the tenant_isolation policy.

-- "ESF-finansierad" (ja/nej), "Uppföljningsmetod" and "Detaljerad inriktning" as Uppföljning Finsam
-- has them. Existing interventions are not ESF-financed and have no method chosen until an editor says.
alter table interventions
  add column is_esf_funded boolean not null default false,
  add column follow_up_method text check (follow_up_method in ('sus', 'indicators', 'other')),
  add column detailed_direction text not null default '' check (length(detailed_direction) <= 200);

-- One row per period once it has been registered; an admin's undo clears registered_at/by (with the
-- reason in the audit log) and keeps the row, so the version only ever grows and an editor holding
-- an old registration's version cannot undo a newer one.
create table finsam_registrations (
  tenant_id uuid not null references tenants (id),
  -- As the domain writes periods: '2019', '2019-H1', '2019-06'; the first and last day for range queries.
  period text not null check (period ~ '^[0-9]{4}(-H[12]|-[0-9]{2})?$'),
  period_start date not null,
  period_end date not null,
  registered_at timestamptz,
  registered_by uuid references users (id),
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  primary key (tenant_id, period),
  check (period_end >= period_start),
  check ((registered_at is null) = (registered_by is null))
);
create index finsam_registrations_range_idx on finsam_registrations (tenant_id, period_start, period_end)
  where registered_at is not null;
create trigger finsam_registrations_touch before update on finsam_registrations
  for each row execute function touch_updated_at();

alter table finsam_registrations enable row level security;
alter table finsam_registrations force row level security;
create policy tenant_isolation on finsam_registrations
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
grant select, insert, update on finsam_registrations to samsyn_app;
