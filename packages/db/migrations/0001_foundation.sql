-- Foundation: förbund (tenants), users, memberships, sessions, login attempts, members, audit.
--
-- Tenancy rules (see ARCHITECTURE.md): every table holding a förbund's data has
-- `tenant_id uuid not null`, a primary key that starts with tenant_id, foreign keys that include
-- it, and FORCED row-level security keyed on the transaction-local setting `app.tenant_id`.

-- The förbund the current transaction works for, or null outside a tenant transaction.
create function current_tenant_id() returns uuid
  language sql stable parallel safe
  as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;

-- The user the current transaction acts for, or null.
create function current_user_id() returns uuid
  language sql stable parallel safe
  as $$ select nullif(current_setting('app.user_id', true), '')::uuid $$;

-- Keeps updated_at true without every verb remembering it.
create function touch_updated_at() returns trigger
  language plpgsql
  as $$ begin new.updated_at := now(); return new; end $$;

create table tenants (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) between 2 and 63),
  name text not null check (length(btrim(name)) between 2 and 200),
  -- Swedish organisation number NNNNNN-NNNN; unknown is null, never invented.
  org_number text check (org_number ~ '^\d{6}-\d{4}$'),
  -- Two-digit county (län) code, e.g. '21' Gävleborg.
  county_code text check (county_code ~ '^\d{2}$'),
  status text not null default 'active' check (status in ('active', 'suspended', 'archived')),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create trigger tenants_touch before update on tenants for each row execute function touch_updated_at();

create table users (
  id uuid primary key default gen_random_uuid(),
  email text not null check (email = lower(btrim(email)) and email like '%_@_%'),
  name text not null check (length(btrim(name)) between 1 and 200),
  -- argon2id PHC string; null until the user has set a password (invited).
  password_hash text,
  is_active boolean not null default true,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index users_email_key on users (email);
create trigger users_touch before update on users for each row execute function touch_updated_at();

-- Roles that are not tied to one förbund.
create table user_global_roles (
  user_id uuid not null references users (id) on delete cascade,
  role text not null check (role in ('network', 'platform_admin')),
  primary key (user_id, role)
);

create table memberships (
  tenant_id uuid not null references tenants (id),
  user_id uuid not null references users (id),
  role text not null check (role in ('viewer', 'editor', 'admin')),
  is_active boolean not null default true,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, user_id)
);
create index memberships_user_idx on memberships (user_id);
create trigger memberships_touch before update on memberships for each row execute function touch_updated_at();

-- Sessions per the Lucia guide: the token is `<id>.<secret>`; only SHA-256(secret) is stored.
create table sessions (
  id text primary key,
  secret_hash bytea not null,
  user_id uuid not null references users (id) on delete cascade,
  created_at timestamptz not null default now(),
  last_active_at timestamptz not null default now()
);
create index sessions_user_idx on sessions (user_id);

-- A deactivated user loses every session at once, whichever code path deactivates them.
create function end_sessions_of_deactivated_user() returns trigger
  language plpgsql
  as $$ begin delete from sessions where user_id = new.id; return new; end $$;
create trigger users_deactivated after update of is_active on users
  for each row when (old.is_active and not new.is_active)
  execute function end_sessions_of_deactivated_user();

-- Login attempts for rate limiting. The email is kept only as a SHA-256 so that whatever a user
-- typed in the email field (sometimes a password) is not stored readable.
create table login_attempts (
  id bigint generated always as identity primary key,
  email_hash bytea not null,
  address text not null,
  succeeded boolean not null,
  attempted_at timestamptz not null default now()
);
create index login_attempts_email_idx on login_attempts (email_hash, attempted_at);
create index login_attempts_address_idx on login_attempts (address, attempted_at);

-- Members of a förbund: Försäkringskassan, Arbetsförmedlingen, a region, municipalities.
create table members (
  tenant_id uuid not null references tenants (id),
  id uuid not null default gen_random_uuid(),
  kind text not null check (kind in ('fk', 'af', 'region', 'municipality')),
  name text not null check (length(btrim(name)) between 2 and 200),
  -- SCB code: four digits for a municipality, two for a region; null for FK and AF.
  official_code text check (official_code ~ '^\d{2}(\d{2})?$'),
  joined_on date,
  left_on date,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  check (left_on is null or joined_on is null or left_on > joined_on)
);
create unique index members_name_key on members (tenant_id, lower(name));
create trigger members_touch before update on members for each row execute function touch_updated_at();

-- Everything anyone changes in a förbund's data, written in the same transaction as the change.
create table audit_log (
  tenant_id uuid not null references tenants (id),
  id bigint generated always as identity,
  occurred_at timestamptz not null default now(),
  actor_user_id uuid references users (id),
  action text not null,
  entity text not null,
  entity_id text,
  before jsonb,
  after jsonb,
  request_id text,
  primary key (tenant_id, id)
);
create index audit_log_time_idx on audit_log (tenant_id, occurred_at desc);

-- Platform events (onboarding, suspension, sign-ins of platform admins). Not a förbund's data,
-- so no tenant_id: the förbund an event is about is `subject_tenant_id`.
create table platform_audit_log (
  id bigint generated always as identity primary key,
  occurred_at timestamptz not null default now(),
  actor_user_id uuid references users (id),
  subject_tenant_id uuid references tenants (id),
  action text not null,
  entity text not null,
  entity_id text,
  before jsonb,
  after jsonb,
  request_id text
);

-- Row-level security: forced, so it binds the table owner too.
alter table memberships enable row level security;
alter table memberships force row level security;
-- A user may read their own memberships in every förbund (to log in and pick a förbund);
-- everything else about memberships is per förbund.
create policy tenant_isolation on memberships
  using (tenant_id = current_tenant_id())
  with check (tenant_id = current_tenant_id());
create policy own_memberships on memberships for select
  using (user_id = current_user_id());

alter table members enable row level security;
alter table members force row level security;
create policy tenant_isolation on members
  using (tenant_id = current_tenant_id())
  with check (tenant_id = current_tenant_id());

alter table audit_log enable row level security;
alter table audit_log force row level security;
create policy tenant_isolation on audit_log
  using (tenant_id = current_tenant_id())
  with check (tenant_id = current_tenant_id());

-- The app role: reads and writes what the API needs, owns nothing.
grant usage on schema public to samsyn_app;
grant execute on function current_tenant_id(), current_user_id() to samsyn_app;
grant select on tenants to samsyn_app;
grant select, insert, update on users to samsyn_app;
grant select on user_global_roles to samsyn_app;
grant select, insert, update, delete on memberships to samsyn_app;
grant select, insert, update, delete on sessions to samsyn_app;
grant select, insert, update (succeeded), delete on login_attempts to samsyn_app;
grant select, insert, update, delete on members to samsyn_app;
-- Append-only for the app: no update, no delete.
grant select, insert on audit_log to samsyn_app;
grant select, insert on platform_audit_log to samsyn_app;
