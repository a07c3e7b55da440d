-- session_state() and enter_tenant() without a pinned search_path (issue 7: database CPU per request).
--
-- 0007 gave both functions `set search_path = pg_catalog, public`. A SET clause makes PostgreSQL
-- save and restore the setting around every call, and it keeps a SQL function from being inlined
-- into the statement that calls it: session_state was then run as a separate function call, with
-- its own executor start-up, on every request. Measured on the bench database (one backend,
-- sequential, best of five): session_state 84 → 71 µs and enter_tenant 144–177 → 101–127 µs of
-- database CPU per call; a whole tenant read 293–323 → 243 µs.
--
-- Both functions are SECURITY INVOKER: they run with the caller's rights, so a search_path set by
-- the caller cannot lend them any privilege. Tables are named with their schema, and pg_catalog
-- (now(), set_config, make_interval, the operators) is searched first whatever the path says.
-- db/src/functions.test.ts keeps both free of SET clauses.
create or replace function session_state(
  p_session_id text,
  p_inactivity_seconds integer,
  p_absolute_seconds integer,
  p_touch_after_seconds integer
)
returns table (
  secret_hash bytea,
  is_expired boolean,
  needs_touch boolean,
  user_id uuid,
  email text,
  name text,
  is_active boolean,
  global_roles text[]
)
language sql
stable
security invoker
as $$
  select s.secret_hash,
         s.last_active_at <= now() - make_interval(secs => p_inactivity_seconds)
           or s.created_at <= now() - make_interval(secs => p_absolute_seconds),
         s.last_active_at <= now() - make_interval(secs => p_touch_after_seconds),
         u.id, u.email, u.name, u.is_active,
         array(select g.role from public.user_global_roles g where g.user_id = u.id order by g.role)
  from public.sessions s join public.users u on u.id = s.user_id
  where s.id = p_session_id
$$;

create or replace function enter_tenant(
  p_session_id text,
  p_secret_hash bytea,
  p_slug text,
  p_min_role text,
  p_request_id text,
  p_inactivity_seconds integer,
  p_absolute_seconds integer,
  p_touch_after_seconds integer
)
returns table (
  secret_hash bytea,
  is_expired boolean,
  needs_touch boolean,
  user_id uuid,
  email text,
  name text,
  is_active boolean,
  global_roles text[],
  tenant_id uuid,
  tenant_slug text,
  tenant_name text,
  tenant_status text,
  role text,
  entered boolean
)
language plpgsql
volatile
security invoker
as $$
declare
  s record;
  m record;
begin
  select * into s
    from public.session_state(p_session_id, p_inactivity_seconds, p_absolute_seconds, p_touch_after_seconds);
  if not found then
    return;
  end if;

  secret_hash := s.secret_hash;
  is_expired := s.is_expired;
  needs_touch := s.needs_touch;
  user_id := s.user_id;
  email := s.email;
  name := s.name;
  is_active := s.is_active;
  global_roles := s.global_roles;
  entered := false;

  if s.is_active and not s.is_expired and s.secret_hash = p_secret_hash then
    perform set_config('app.user_id', s.user_id::text, true);
    -- Row-level security on memberships now shows this user's own rows (policy own_memberships).
    select t.id, t.slug, t.name, t.status, ms.role
      into m
      from public.tenants t
      join public.memberships ms on ms.tenant_id = t.id and ms.user_id = s.user_id and ms.is_active
     where t.slug = p_slug;
    if found then
      tenant_id := m.id;
      tenant_slug := m.slug;
      tenant_name := m.name;
      tenant_status := m.status;
      role := m.role;
      if m.status = 'active' and public.tenant_role_rank(m.role) >= public.tenant_role_rank(p_min_role) then
        perform set_config('app.tenant_id', m.id::text, true),
                set_config('app.request_id', p_request_id, true);
        entered := true;
      end if;
    end if;
  end if;
  return next;
end;
$$;
