-- Issue 19 part 6: importing the books (SIE 4) into the economy. What the office decided in one
-- import is remembered for the next: which line each account of the books goes on, and which
-- intervention each object (a project or cost centre of #DIM/#OBJEKT) is. The file itself is not
-- kept: its figures land in actuals, actual_allocations, balance_sheets and fiscal_years.
--
-- Tenancy rules as in 0001/0003/0004: tenant_id first in the primary key and in every foreign key,
-- FORCED row-level security with the tenant_isolation policy.

-- An account of the förbund's books → a top-level line of its chart, or ignored (closing entries,
-- tax): exactly one of the two. Removing a line forgets the accounts mapped to it, which the next
-- import then lists as unmapped.
create table account_line_mappings (
  tenant_id uuid not null references tenants (id),
  account text not null check (account ~ '^[0-9]{1,10}$'),
  line_id uuid,
  is_ignored boolean not null default false,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, account),
  foreign key (tenant_id, line_id) references economy_lines (tenant_id, id) on delete cascade,
  check ((line_id is null) = is_ignored)
);
create trigger account_line_mappings_touch before update on account_line_mappings
  for each row execute function touch_updated_at();

-- An object of the books (dimension 6 "Projekt", object "P1") → the intervention it is. Only
-- intervention-funds actuals are split by it (into actual_allocations, 0016).
create table sie_object_mappings (
  tenant_id uuid not null references tenants (id),
  dimension smallint not null check (dimension between 1 and 9999),
  object_id text not null check (length(object_id) between 1 and 100),
  intervention_id uuid not null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, dimension, object_id),
  foreign key (tenant_id, intervention_id) references interventions (tenant_id, id) on delete cascade
);
create trigger sie_object_mappings_touch before update on sie_object_mappings
  for each row execute function touch_updated_at();

do $$
declare t text;
begin
  foreach t in array array['account_line_mappings', 'sie_object_mappings'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format(
      'create policy tenant_isolation on %I using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id())',
      t
    );
    execute format('grant select, insert, update, delete on %I to samsyn_app', t);
  end loop;
end $$;
