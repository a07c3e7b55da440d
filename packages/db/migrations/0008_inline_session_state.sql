-- session_state() and enter_tenant() without a pinned search_path (issue 7: database CPU per request).
--
-- 0007 gave both functions `set search_path = pg_catalog, public`. A SET clause makes PostgreSQL
-- save and restore the setting around every call, and it keeps a SQL function from being inlined
-- into the statement that calls it: session_state was then run as a separate function call, with
-- its own executor start-up, on every request. Measured on the bench database (one backend,
-- sequential, best of five): session_state 84 → 71 µs and enter_tenant 144–177 → 101–127 µs of
-- database CPU per call; a whole tenant read 293–323 → 243 µs.
--
-- Both functions are SECURITY INVOKER: they run with the caller's rights, so whatever search_path
-- the caller has cannot lend them any privilege (the app role keeps the default one), and
-- pg_catalog is searched first whatever the path says. db/src/functions.test.ts keeps both free of
-- SET clauses.
alter function session_state(text, integer, integer, integer) reset search_path;
alter function enter_tenant(text, bytea, text, text, text, integer, integer, integer) reset search_path;
