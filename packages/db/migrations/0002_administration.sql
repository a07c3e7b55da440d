-- Onboarding and administration: förbund settings, invitations, mail outbox, tenant deletion.

-- Settings a förbund's admin keeps. Per förbund, so tenant-scoped like any of its data.
create table tenant_settings (
  tenant_id uuid primary key references tenants (id),
  fiscal_year_start_month smallint not null default 1 check (fiscal_year_start_month between 1 and 12),
  -- Equity at year end may be at most this share of budgeted revenue.
  equity_goal_percent numeric(5, 2) not null default 20 check (equity_goal_percent between 0 and 100),
  allocation_key_default text not null default 'population' check (allocation_key_default in ('population', 'agreed')),
  -- Whether this förbund's figures may be shown by name in national comparisons.
  share_named_figures boolean not null default false,
  version integer not null default 1,
  updated_at timestamptz not null default now()
);
create trigger tenant_settings_touch before update on tenant_settings for each row execute function touch_updated_at();

alter table tenant_settings enable row level security;
alter table tenant_settings force row level security;
create policy tenant_isolation on tenant_settings
  using (tenant_id = current_tenant_id())
  with check (tenant_id = current_tenant_id());

-- The demo förbund (and any created before this migration) get default settings.
do $$
declare t record;
begin
  for t in select id from tenants loop
    perform set_config('app.tenant_id', t.id::text, true);
    insert into tenant_settings (tenant_id) values (t.id);
  end loop;
  perform set_config('app.tenant_id', '', true);
end $$;

-- Invitations: single use, stored as SHA-256 of the secret, expire after 7 days.
create table invitations (
  tenant_id uuid not null references tenants (id),
  id uuid not null default gen_random_uuid(),
  email text not null check (email = lower(btrim(email)) and email like '%_@_%'),
  role text not null check (role in ('viewer', 'editor', 'admin')),
  token_hash bytea not null unique,
  invited_by uuid references users (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null default now() + interval '7 days',
  accepted_at timestamptz,
  accepted_by uuid references users (id),
  revoked_at timestamptz,
  primary key (tenant_id, id)
);
-- One open invitation per email and förbund; re-sending replaces it.
create unique index invitations_open_email_key on invitations (tenant_id, email)
  where accepted_at is null and revoked_at is null;

alter table invitations enable row level security;
alter table invitations force row level security;
create policy tenant_isolation on invitations
  using (tenant_id = current_tenant_id())
  with check (tenant_id = current_tenant_id());
-- Someone holding an invitation link is not in any förbund yet. They may see exactly the one
-- invitation whose secret they present: the API puts its hash in `app.invitation_token_hash`.
create policy by_token on invitations for select
  using (token_hash = decode(nullif(current_setting('app.invitation_token_hash', true), ''), 'hex'));

-- Mail Samsyn sends. Always recorded; delivered over SMTP when configured. Without SMTP (development
-- and demo) admins read it in the app. Not a förbund's data: `subject_tenant_id` says which
-- förbund a mail concerns, and the API filters by it.
create table mail_outbox (
  id bigint generated always as identity primary key,
  subject_tenant_id uuid references tenants (id) on delete cascade,
  to_address text not null,
  subject text not null,
  body_text text not null,
  created_at timestamptz not null default now(),
  sent_at timestamptz,
  send_error text
);
create index mail_outbox_tenant_idx on mail_outbox (subject_tenant_id, created_at desc);

-- Platform events keep their history when a förbund is deleted.
alter table platform_audit_log drop constraint platform_audit_log_subject_tenant_id_fkey;
alter table platform_audit_log add constraint platform_audit_log_subject_tenant_id_fkey
  foreign key (subject_tenant_id) references tenants (id) on delete set null;

-- Deletes an ARCHIVED förbund: every row with its tenant_id, in every table that has one, then
-- the förbund itself. Runs as the owner (the app role may not delete from the append-only audit
-- log), with the tenant set so that forced row-level security lets exactly its rows through.
-- Tables are emptied children first, following the foreign keys between tenant tables.
create function delete_archived_tenant(p_tenant_id uuid) returns integer
  language plpgsql security definer set search_path = pg_catalog, public
  as $$
declare
  remaining text[];
  progress boolean;
  t text;
  deleted integer := 0;
  n integer;
begin
  if not exists (select 1 from tenants where id = p_tenant_id and status = 'archived') then
    raise exception 'förbund % is not archived', p_tenant_id using errcode = 'P0002';
  end if;
  perform set_config('app.tenant_id', p_tenant_id::text, true);
  select array_agg(c.relname::text) into remaining
  from pg_class c
  join pg_namespace ns on ns.oid = c.relnamespace and ns.nspname = 'public'
  join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
  where c.relkind in ('r', 'p');
  while coalesce(array_length(remaining, 1), 0) > 0 loop
    progress := false;
    foreach t in array remaining loop
      -- Safe to empty when no other remaining table references it.
      if not exists (
        select 1 from pg_constraint k
        where k.contype = 'f' and k.confrelid = t::regclass
          and k.conrelid <> t::regclass and k.conrelid::regclass::text = any (remaining)
      ) then
        execute format('delete from %I where tenant_id = $1', t) using p_tenant_id;
        get diagnostics n = row_count;
        deleted := deleted + n;
        remaining := array_remove(remaining, t);
        progress := true;
      end if;
    end loop;
    if not progress then
      raise exception 'circular foreign keys among tenant tables: %', remaining;
    end if;
  end loop;
  delete from mail_outbox where subject_tenant_id = p_tenant_id;
  delete from tenants where id = p_tenant_id;
  perform set_config('app.tenant_id', '', true);
  return deleted;
end $$;
revoke all on function delete_archived_tenant(uuid) from public;

-- What the platform console shows per förbund: counts and a time, never a förbund's rows.
-- SECURITY DEFINER so it can count inside each förbund (setting the tenant in turn, as forced
-- row-level security requires even of the owner); restores the caller's tenant setting.
create function platform_tenant_overview()
  returns table (tenant_id uuid, active_users bigint, last_activity timestamptz)
  language plpgsql security definer set search_path = pg_catalog, public
  as $$
declare
  t record;
  previous text := current_setting('app.tenant_id', true);
begin
  for t in select id from tenants order by id loop
    perform set_config('app.tenant_id', t.id::text, true);
    tenant_id := t.id;
    select count(*) into active_users from memberships m where m.tenant_id = t.id and m.is_active;
    select max(a.occurred_at) into last_activity from audit_log a where a.tenant_id = t.id;
    return next;
  end loop;
  perform set_config('app.tenant_id', coalesce(previous, ''), true);
end $$;
revoke all on function platform_tenant_overview() from public;
grant execute on function platform_tenant_overview() to samsyn_app;

grant select, insert, update on tenant_settings to samsyn_app;
grant select, insert, update on invitations to samsyn_app;
grant select, insert, update (sent_at, send_error) on mail_outbox to samsyn_app;
-- Platform admins create förbund and change their status.
grant insert, update (name, status, version) on tenants to samsyn_app;
grant insert, delete on user_global_roles to samsyn_app;
grant execute on function delete_archived_tenant(uuid) to samsyn_app;
