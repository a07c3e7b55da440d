-- Issue 17, points 4 and 8: throttling that a stranger cannot turn into a lockout, and sessions a
-- user can see and end.
--
-- 1. Trusted devices (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"). A browser
--    that logged in to an account gets a long-lived device cookie `<id>.<secret>` bound to that
--    account; like sessions, only SHA-256(secret) is kept. A login attempt that carries a valid one
--    for the email it tries is counted against that device alone, so failures from strangers (other
--    addresses, or the same NAT address) do not lock the owner out. The cookie is replaced at every
--    successful login, so `created_at` is also the device's last success.
create table login_devices (
  id text primary key,
  secret_hash bytea not null,
  user_id uuid not null references users (id) on delete cascade,
  created_at timestamptz not null default now()
);
create index login_devices_user_idx on login_devices (user_id, created_at);
grant select, insert, delete on login_devices to samsyn_app;

-- The trusted device an attempt came with; null for an untrusted client (no cookie, a cookie of
-- another account, a forged or expired one). No foreign key: attempts are pruned after a day and
-- must keep counting even after their device is replaced.
alter table login_attempts add column device_id text;
create index login_attempts_device_idx on login_attempts (device_id, attempted_at) where device_id is not null;
create index login_attempts_email_address_idx on login_attempts (email_hash, address, attempted_at);

-- 2. Sessions the user can list on Min profil. `public_id` names a session in the API and the web
--    app, so that the token's id never leaves the HttpOnly cookie. Browser and operating system are
--    derived from the User-Agent at login (a short name each, e.g. "Firefox", "Windows"); the raw
--    User-Agent and the address are not stored: the user recognises a device by these, and nothing
--    else needs them.
alter table sessions
  add column public_id uuid not null default gen_random_uuid() unique,
  add column client_browser text check (char_length(client_browser) <= 40),
  add column client_os text check (char_length(client_os) <= 40);
-- The cap (oldest session ends first) and the list both read a user's sessions by age.
create index sessions_user_created_idx on sessions (user_id, created_at);
drop index sessions_user_idx;
