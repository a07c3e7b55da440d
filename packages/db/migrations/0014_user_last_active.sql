-- Issue 24: the team's "Senast aktiv" outlives the sessions it was read from. Sessions are deleted
-- at logout, at expiry and when a user is deactivated, and with them the last activity they knew;
-- the latest of it is now kept on the user, so the team page says when someone last worked.
alter table users add column last_active_at timestamptz;

update users u set last_active_at = known.latest
from (select user_id, max(last_active_at) as latest from sessions group by user_id) known
where known.user_id = u.id;

-- Statement-level, from the deleted rows: one update per user however many sessions end at once
-- (deactivation deletes them all), and nothing to update when the user itself is being deleted.
create function keep_last_activity_of_ended_sessions() returns trigger
  language plpgsql set search_path = pg_catalog, public
  as $$
begin
  update users u set last_active_at = ended.latest
  from (select user_id, max(last_active_at) as latest from ended_sessions group by user_id) ended
  where u.id = ended.user_id and (u.last_active_at is null or u.last_active_at < ended.latest);
  return null;
end $$;
create trigger sessions_keep_last_activity after delete on sessions
  referencing old table as ended_sessions
  for each statement execute function keep_last_activity_of_ended_sessions();
