-- National aggregates precomputed per year (see ARCHITECTURE.md, "National figures").
--
-- `national_kpi_aggregates` used to aggregate the whole summary table on every call (≈ 165 ms for
-- 1 000 förbund × 10 years). Its result, per year, nation and counties, is now a table kept
-- current on write: every statement that changes a year's figures in `national_figures` (or a
-- förbund's status or county) queues that year once per transaction, and a deferred trigger
-- recomputes each queued year when the transaction commits, with the old aggregation (now
-- `national_kpi_aggregates_computed`). The app's functions read the table. Same figures, same
-- suppression (applied before they are stored), same signatures.
--
-- Consistency: the recompute runs at commit, under one transaction-level advisory lock (held
-- from the recompute to the end of the commit), in statements that start after the lock is
-- taken, so under READ COMMITTED each sees every transaction that committed before it: two
-- writers recompute one after the other and the later one sees both. The price: commits that
-- change national figures queue behind each other for the length of a recompute (≈ 2 ms per
-- year at 75 förbund, ≈ 15-25 ms at 1 000 on the shared 2-core machine). Inside a writing transaction the aggregates show the state before
-- it until it commits (the förbund's own figures and national_own_comparison read the summary
-- table directly and are current).

-- What national_kpi_aggregates(y, y, true) returns for each year with figures.
create table national_aggregates (
  year integer not null,
  -- null = the whole nation; '00' = förbund without a county.
  county_code text,
  kpi_id text not null references national_kpis (id),
  contributors integer not null,
  value numeric,
  part numeric,
  whole numeric,
  q1 numeric,
  median numeric,
  q3 numeric
);
create unique index national_aggregates_key on national_aggregates (year, coalesce(county_code, ''), kpi_id);

-- What national_years() returns: active förbund (and how many synthetic) with figures per year
-- (a year left with none keeps its row, with 0). `version` is taken from the sequence at every
-- recompute, under one lock, so the largest is the latest commit: national_version() reads it.
create sequence national_aggregates_version;
create table national_year_counts (
  year integer primary key,
  forbund integer not null,
  synthetic integer not null,
  version bigint not null
);

-- Years a transaction changed, waiting for its commit (one row per transaction and year).
create table national_aggregates_pending (
  txid xid8 not null,
  year integer not null,
  primary key (txid, year)
);

alter function national_kpi_aggregates(integer, integer, boolean) rename to national_kpi_aggregates_computed;

-- Recomputes one year. INTERNAL (the deferred trigger below calls it).
create function national_aggregates_refresh(p_year integer)
  returns void
  language plpgsql security definer set search_path = pg_catalog, public
  as $$
begin
  -- One recompute at a time; the statements below take their snapshot after the lock.
  perform pg_advisory_xact_lock(hashtext('national_aggregates')::bigint);
  delete from national_aggregates where year = p_year;
  insert into national_aggregates (year, county_code, kpi_id, contributors, value, part, whole, q1, median, q3)
    select a.year, a.county_code, a.kpi_id, a.contributors, a.value, a.part, a.whole, a.q1, a.median, a.q3
    from national_kpi_aggregates_computed(p_year, p_year, true) a;
  insert into national_year_counts (year, forbund, synthetic, version)
    select p_year, count(*), count(*) filter (where t.is_synthetic), nextval('national_aggregates_version')
    from national_figures f join tenants t on t.id = f.tenant_id and t.status = 'active'
    where f.year = p_year
  on conflict (year) do update
    set forbund = excluded.forbund, synthetic = excluded.synthetic, version = excluded.version;
end $$;

-- At commit, once per transaction and year queued.
create function national_aggregates_on_commit()
  returns trigger
  language plpgsql security definer set search_path = pg_catalog, public
  as $$
begin
  perform national_aggregates_refresh(new.year);
  delete from national_aggregates_pending where txid = new.txid and year = new.year;
  return null;
end $$;

create constraint trigger national_aggregates_pending_commit after insert on national_aggregates_pending
  deferrable initially deferred
  for each row execute function national_aggregates_on_commit();

-- Queues the years whose figures a statement on national_figures changed. Updates that only
-- touch `refreshed_at` (every refresh rewrites all years of a förbund) change no figure.
create function national_aggregates_on_figures()
  returns trigger
  language plpgsql security definer set search_path = pg_catalog, public
  as $$
begin
  if TG_OP = 'INSERT' then
    insert into national_aggregates_pending (txid, year)
      select distinct pg_current_xact_id(), n.year::integer from new_rows n
      on conflict do nothing;
  elsif TG_OP = 'DELETE' then
    insert into national_aggregates_pending (txid, year)
      select distinct pg_current_xact_id(), o.year::integer from old_rows o
      on conflict do nothing;
  else
    insert into national_aggregates_pending (txid, year)
      select distinct pg_current_xact_id(), v.y from (
        select n.year as new_year, o.year as old_year
        from new_rows n full join old_rows o on o.tenant_id = n.tenant_id and o.year = n.year
        where o.tenant_id is null or n.tenant_id is null
           or (to_jsonb(n) - 'refreshed_at') is distinct from (to_jsonb(o) - 'refreshed_at')
      ) changed cross join lateral (values (changed.new_year::integer), (changed.old_year::integer)) v (y)
      where v.y is not null
      on conflict do nothing;
  end if;
  return null;
end $$;

create trigger national_figures_aggregates_ins after insert on national_figures
  referencing new table as new_rows for each statement
  execute function national_aggregates_on_figures();
create trigger national_figures_aggregates_upd after update on national_figures
  referencing new table as new_rows old table as old_rows for each statement
  execute function national_aggregates_on_figures();
create trigger national_figures_aggregates_del after delete on national_figures
  referencing old table as old_rows for each statement
  execute function national_aggregates_on_figures();

-- A förbund's status (only active förbund count) and county (county figures) change every year it has.
create function national_aggregates_on_tenants()
  returns trigger
  language plpgsql security definer set search_path = pg_catalog, public
  as $$
begin
  insert into national_aggregates_pending (txid, year)
    select distinct pg_current_xact_id(), f.year::integer
    from new_rows n join old_rows o on o.id = n.id
    join national_figures f on f.tenant_id = n.id
    where n.status is distinct from o.status or n.county_code is distinct from o.county_code
       or n.is_synthetic is distinct from o.is_synthetic
    on conflict do nothing;
  return null;
end $$;

create trigger tenants_national_aggregates_upd after update on tenants
  referencing new table as new_rows old table as old_rows for each statement
  execute function national_aggregates_on_tenants();

-- The app's functions, now reading the tables. Signatures, order and figures as before.
create function national_kpi_aggregates(p_from integer, p_to integer, p_by_county boolean)
  returns table (year integer, county_code text, kpi_id text, contributors integer, value numeric,
                 part numeric, whole numeric, q1 numeric, median numeric, q3 numeric)
  language sql stable security definer set search_path = pg_catalog, public
  as $$
    select a.year, a.county_code, a.kpi_id, a.contributors, a.value, a.part, a.whole, a.q1, a.median, a.q3
    from national_aggregates a
    where a.year between p_from and p_to and (p_by_county or a.county_code is null)
    order by a.year, a.county_code nulls first, a.kpi_id
  $$;

create or replace function national_years()
  returns table (year integer, forbund integer, synthetic integer)
  language sql stable security definer set search_path = pg_catalog, public
  as $$
    select c.year, c.forbund, c.synthetic from national_year_counts c where c.forbund > 0 order by c.year
  $$;

-- As before, changes whenever a figure or the set of active förbund changes, and with the
-- sharing settings; the figures part is now the latest recompute instead of two scans of the
-- summary table (≈ 8 ms at 1 000 förbund × 10 years, on every cached request).
create or replace function national_version()
  returns text
  language sql stable security definer set search_path = pg_catalog, public
  as $$
    select concat_ws(':',
      (select max(version) from national_year_counts),
      (select count(*) from tenants where status = 'active'),
      (select max(updated_at) from tenants),
      (select count(*) from tenant_settings where share_named_figures),
      (select max(updated_at) from tenant_settings))
  $$;

-- Ownership and grants, as in 0005.
grant usage, create on schema public to samsyn_aggregates;
grant select, insert, update, delete on national_aggregates, national_year_counts, national_aggregates_pending
  to samsyn_aggregates;
grant usage on sequence national_aggregates_version to samsyn_aggregates;
alter function national_kpi_aggregates(integer, integer, boolean) owner to samsyn_aggregates;
alter function national_aggregates_refresh(integer) owner to samsyn_aggregates;
alter function national_aggregates_on_commit() owner to samsyn_aggregates;
alter function national_aggregates_on_figures() owner to samsyn_aggregates;
alter function national_aggregates_on_tenants() owner to samsyn_aggregates;
revoke create on schema public from samsyn_aggregates;

revoke all on function national_kpi_aggregates(integer, integer, boolean),
  national_kpi_aggregates_computed(integer, integer, boolean), national_aggregates_refresh(integer),
  national_aggregates_on_commit(), national_aggregates_on_figures(), national_aggregates_on_tenants()
  from public;
revoke all on function national_kpi_aggregates_computed(integer, integer, boolean) from samsyn_app;
grant execute on function national_kpi_aggregates(integer, integer, boolean) to samsyn_app;

-- The figures there are.
select national_aggregates_refresh(y.year) from (select distinct year::integer as year from national_figures) y;
