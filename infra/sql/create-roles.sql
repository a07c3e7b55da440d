-- Run once as a superuser (or a role with CREATEROLE) on a managed PostgreSQL before the first
-- migration. The embedded development database does the same by itself (packages/db/src/embedded.ts).
-- Replace the passwords; keep them in your secret store, not here.

create role samsyn_owner login nosuperuser nocreatedb nocreaterole nobypassrls password 'change-me-owner';
create role samsyn_app login nosuperuser nocreatedb nocreaterole nobypassrls password 'change-me-app';
-- Owns the SECURITY DEFINER functions that return national aggregates only; cannot log in, and
-- reads across förbund (BYPASSRLS) only inside those functions.
create role samsyn_aggregates nologin nosuperuser bypassrls;
grant samsyn_aggregates to samsyn_owner;

create database samsyn owner samsyn_owner;
\connect samsyn
revoke all on schema public from public;
alter schema public owner to samsyn_owner;
grant usage on schema public to samsyn_app;
