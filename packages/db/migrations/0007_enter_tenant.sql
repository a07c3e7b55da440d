-- Entering a förbund in ONE statement (issue 7: fewer round trips per request).
--
-- Every tenant request used to need the session lookup, then `set_config('app.user_id')`, then the
-- membership (which row-level security only shows once app.user_id is set) with
-- `set_config('app.tenant_id')`: two statements in a fixed order. This function does the same
-- steps, in that order, inside one statement, so the API sends BEGIN and this together.
--
-- SECURITY INVOKER on purpose: it runs as the app role, under the same row-level security as the
-- statements it replaces, and grants nothing they didn't. The settings are transaction-local and
-- made only when the session is live, its user active and the secret's hash matches; the API
-- still compares the secret in constant time itself and rolls back if anything is off.
-- app.tenant_id is set only for an active membership with at least p_min_role in an active
-- förbund, the same rule the API applies to the returned row; so statements the API sends right
-- behind this one, before it has read the answer, see no förbund's rows unless the caller may.
create function tenant_role_rank(p_role text) returns integer
  language sql immutable parallel safe
  as $$ select case p_role when 'viewer' then 1 when 'editor' then 2 when 'admin' then 3 end $$;

-- A session and its user, with the expiry rules applied by the database clock. The one place the
-- rules are written: the API's plain session check (`selectSession`) reads this, and so does
-- enter_tenant below.
create function session_state(
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
set search_path = pg_catalog, public
as $$
  select s.secret_hash,
         s.last_active_at <= now() - make_interval(secs => p_inactivity_seconds)
           or s.created_at <= now() - make_interval(secs => p_absolute_seconds),
         s.last_active_at <= now() - make_interval(secs => p_touch_after_seconds),
         u.id, u.email, u.name, u.is_active,
         array(select g.role from user_global_roles g where g.user_id = u.id order by g.role)
  from sessions s join users u on u.id = s.user_id
  where s.id = p_session_id
$$;

create function enter_tenant(
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
set search_path = pg_catalog, public
as $$
declare
  s record;
  m record;
begin
  select * into s
    from session_state(p_session_id, p_inactivity_seconds, p_absolute_seconds, p_touch_after_seconds);
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
      from tenants t
      join memberships ms on ms.tenant_id = t.id and ms.user_id = s.user_id and ms.is_active
     where t.slug = p_slug;
    if found then
      tenant_id := m.id;
      tenant_slug := m.slug;
      tenant_name := m.name;
      tenant_status := m.status;
      role := m.role;
      if m.status = 'active' and tenant_role_rank(m.role) >= tenant_role_rank(p_min_role) then
        perform set_config('app.tenant_id', m.id::text, true),
                set_config('app.request_id', p_request_id, true);
        entered := true;
      end if;
    end if;
  end if;
  return next;
end;
$$;

revoke all on function session_state(text, integer, integer, integer) from public;
grant execute on function session_state(text, integer, integer, integer) to samsyn_app;
revoke all on function enter_tenant(text, bytea, text, text, text, integer, integer, integer) from public;
grant execute on function enter_tenant(text, bytea, text, text, text, integer, integer, integer) to samsyn_app;
