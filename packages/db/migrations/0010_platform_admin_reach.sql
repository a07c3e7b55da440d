-- Issue 17, point 5: a platform admin never reaches a förbund's data.
--
-- 1. The outbox knows whose mail it is. The platform console reads only the platform's own mail
--    (the first admin's invitation at onboarding, platform notices); a förbund admin only the
--    förbund's mail. Which one is decided by the code that queues the mail, not guessed from
--    subject_tenant_id (an onboarding invitation concerns a förbund but is the platform's mail).
alter table mail_outbox add column scope text not null default 'tenant'
  check (scope in ('platform', 'tenant'));
update mail_outbox set scope = 'platform' where subject_tenant_id is null;
create index mail_outbox_scope_idx on mail_outbox (scope, created_at desc);

-- 2. A platform admin holds no membership, whatever code path tries. The API refuses with a clear
--    message first (invitations, their acceptance, the CLI); these triggers are the lock behind it.
create function refuse_platform_admin_membership() returns trigger
  language plpgsql set search_path = pg_catalog, public
  as $$
begin
  if new.is_active and exists (
    select 1 from user_global_roles where user_id = new.user_id and role = 'platform_admin'
  ) then
    raise exception 'a platform admin cannot be a member of a förbund'
      using errcode = 'insufficient_privilege';
  end if;
  return new;
end $$;
create trigger memberships_no_platform_admin before insert or update of user_id, is_active on memberships
  for each row execute function refuse_platform_admin_membership();

-- The other direction needs every förbund's memberships, which forced row-level security hides
-- from everyone but a BYPASSRLS role: the check runs as samsyn_aggregates and returns one boolean.
create function refuse_member_as_platform_admin() returns trigger
  language plpgsql security definer set search_path = pg_catalog, public
  as $$
begin
  if new.role = 'platform_admin' and exists (
    select 1 from memberships where user_id = new.user_id and is_active
  ) then
    raise exception 'a member of a förbund cannot be a platform admin'
      using errcode = 'insufficient_privilege';
  end if;
  return new;
end $$;
grant select on memberships to samsyn_aggregates;
-- Handing a function over needs CREATE on the schema for a moment (as in 0005 and 0006).
grant create on schema public to samsyn_aggregates;
alter function refuse_member_as_platform_admin() owner to samsyn_aggregates;
revoke create on schema public from samsyn_aggregates;
revoke all on function refuse_member_as_platform_admin() from public;
create trigger user_global_roles_no_member before insert or update on user_global_roles
  for each row execute function refuse_member_as_platform_admin();
