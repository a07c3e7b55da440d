-- Issue 21, the board and its meetings: the förbund's bodies (styrelse, arbetsutskott,
-- beredningsgrupp, …) and the people holding seats in them, the förbundsordning's seat rules, the
-- meetings with their agenda items, documents, attendance, jäv and minutes, the decisions register,
-- and the fees paid per meeting and seat.
--
-- Tenancy rules as in 0001/0004/0020: tenant_id first in the primary key and in every foreign key
-- to a förbund table, FORCED row-level security with the tenant_isolation policy.
--
-- Once a meeting's minutes are approved, the meeting is the record: its items, attendance, jäv and
-- decisions no longer change (triggers below refuse it, whatever code path tries). A correction is
-- a new decision at a later meeting that points to the old one.

create table board_bodies (
  tenant_id uuid not null references tenants (id),
  id uuid not null default gen_random_uuid(),
  kind text not null check (kind in (
    'board', 'workingCommittee', 'reviewGroup', 'strategicGroup', 'auditors', 'office', 'other'
  )),
  name text not null check (length(btrim(name)) between 1 and 200),
  description text not null default '' check (length(description) <= 10000),
  position smallint not null default 0 check (position >= 0),
  -- When the body may decide: 'half' = at least half of the ordinary members present (Härnösand-
  -- Timrå: "beslutsför när minst hälften av ledamöterna är närvarande"), 'majority' = more than
  -- half, 'count' = at least quorum_count. Bodies that do not decide (kansli) keep the default.
  quorum_rule text not null default 'half' check (quorum_rule in ('half', 'majority', 'count')),
  quorum_count smallint check (quorum_count between 1 and 100),
  -- The fee per meeting offered as the default when attendance is recorded (arvode), in öre.
  meeting_fee_ore bigint not null default 0 check (meeting_fee_ore between 0 and 10000000000),
  -- The economy line (its code) the body's fees are booked on, to compare fees with the books;
  -- null: not chosen, and the comparison says so.
  fee_line_code text check (fee_line_code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(fee_line_code) <= 60),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  check ((quorum_rule = 'count') = (quorum_count is not null))
);
create unique index board_bodies_name_key on board_bodies (tenant_id, lower(name));
create trigger board_bodies_touch before update on board_bodies for each row execute function touch_updated_at();

-- A person who holds or held a seat. Never a personnummer: a name, and optionally an e-mail, a
-- party and the Samsyn user they are.
create table board_people (
  tenant_id uuid not null references tenants (id),
  id uuid not null default gen_random_uuid(),
  name text not null check (length(btrim(name)) between 1 and 200 and name !~ '\d{6}[-+ ]?\d{4}'),
  email text check (length(email) between 3 and 320 and email like '%_@_%'),
  party text not null default '' check (length(party) <= 50),
  user_id uuid references users (id) on delete set null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id)
);
create index board_people_name_idx on board_people (tenant_id, lower(name));
create trigger board_people_touch before update on board_people for each row execute function touch_updated_at();

-- A seat: a person in a body with a role, representing a member organisation (or a group of them,
-- as Gävleborg's "Kenneth Axling (S) vice ordförande - Kommunerna"), for a term. History is kept:
-- a seat that ends gets to_date, a new term is a new seat.
create table board_seats (
  tenant_id uuid not null,
  id uuid not null default gen_random_uuid(),
  body_id uuid not null,
  person_id uuid not null,
  -- chair, viceChair and member are the ordinary members (ledamöter); substitute = ersättare;
  -- coopted = adjungerad; presenter = föredragande; auditor = revisor; expertAssistant =
  -- sakkunnigt biträde; staff = the kansli's employees (förbundschef, administratör, …).
  role text not null check (role in (
    'chair', 'viceChair', 'member', 'substitute', 'coopted', 'presenter', 'auditor', 'expertAssistant', 'staff'
  )),
  -- The title shown beside the role where the role alone does not say it ("Förbundschef 100 %").
  title text not null default '' check (length(title) <= 200),
  member_id uuid,
  -- A seat held for a group of members: the municipalities together, or the state (FK and AF,
  -- who appoint one auditor together: "För staten: Joakim Jonsson, KPMG").
  member_group text check (member_group in ('municipalities', 'state')),
  -- The order substitutes are called in (Finsam 12 §: "i vilken ordning de skall kallas").
  substitute_order smallint check (substitute_order between 1 and 100),
  from_date date not null,
  to_date date,
  note text not null default '' check (length(note) <= 2000),
  position smallint not null default 0 check (position >= 0),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, body_id) references board_bodies (tenant_id, id) on delete cascade,
  foreign key (tenant_id, person_id) references board_people (tenant_id, id),
  foreign key (tenant_id, member_id) references members (tenant_id, id),
  check (member_id is null or member_group is null),
  check (to_date is null or to_date >= from_date),
  check (substitute_order is null or role = 'substitute')
);
create index board_seats_body_idx on board_seats (tenant_id, body_id, from_date);
create index board_seats_person_idx on board_seats (tenant_id, person_id);
create trigger board_seats_touch before update on board_seats for each row execute function touch_updated_at();

-- The förbundsordning's seat rules: how many ordinary members and substitutes a member (or a group
-- of members) appoints to a body, from a date. Composition checks compare the seats with these and
-- with Finsam 10 § (every member at least one ordinary member and one substitute).
create table board_seat_rules (
  tenant_id uuid not null,
  id uuid not null default gen_random_uuid(),
  body_id uuid not null,
  member_id uuid,
  member_group text check (member_group in ('municipalities', 'state')),
  ordinary_seats smallint not null check (ordinary_seats between 0 and 50),
  substitute_seats smallint not null check (substitute_seats between 0 and 50),
  valid_from date not null,
  valid_to date,
  -- Where the rule is written ("5 § förbundsordningen"), shown beside the check.
  source text not null default '' check (length(source) <= 200),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, body_id) references board_bodies (tenant_id, id) on delete cascade,
  foreign key (tenant_id, member_id) references members (tenant_id, id),
  check ((member_id is null) <> (member_group is null)),
  check (valid_to is null or valid_to >= valid_from)
);
create index board_seat_rules_body_idx on board_seat_rules (tenant_id, body_id, valid_from);
create trigger board_seat_rules_touch before update on board_seat_rules for each row execute function touch_updated_at();

create table board_meetings (
  tenant_id uuid not null,
  id uuid not null default gen_random_uuid(),
  body_id uuid not null,
  meeting_date date not null,
  starts_at time,
  ends_at time,
  place text not null default '' check (length(place) <= 500),
  online_url text not null default '' check (length(online_url) <= 2000),
  -- planned → held (minutes being written) → approved (minutes approved: the record, locked).
  status text not null default 'planned' check (status in ('planned', 'held', 'approved')),
  minutes_approved_on date,
  -- Protokollförare: often the kansli's administrator, who holds no seat.
  secretary text not null default '' check (length(secretary) <= 200),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, body_id) references board_bodies (tenant_id, id),
  check ((status = 'approved') = (minutes_approved_on is not null)),
  check (ends_at is null or starts_at is null or ends_at >= starts_at)
);
create index board_meetings_date_idx on board_meetings (tenant_id, meeting_date);
create index board_meetings_body_idx on board_meetings (tenant_id, body_id, meeting_date);
create trigger board_meetings_touch before update on board_meetings for each row execute function touch_updated_at();

-- Who signs the approved minutes: the chair and one or more adjusters (justerare).
create table board_minutes_signatories (
  tenant_id uuid not null,
  meeting_id uuid not null,
  seat_id uuid not null,
  role text not null check (role in ('chair', 'adjuster')),
  primary key (tenant_id, meeting_id, seat_id),
  foreign key (tenant_id, meeting_id) references board_meetings (tenant_id, id) on delete cascade,
  foreign key (tenant_id, seat_id) references board_seats (tenant_id, id)
);

-- An agenda item (ärende), in order; once the meeting is held it gets its paragraph (§) and minutes.
-- What it concerns links to a plan or an intervention (foreign keys), or to an application (issue
-- 22) or a report (issue 23): their columns are link points without a foreign key until those
-- tables exist; the issues that add them add the keys.
create table board_agenda_items (
  tenant_id uuid not null,
  id uuid not null default gen_random_uuid(),
  meeting_id uuid not null,
  position smallint not null check (position >= 0),
  title text not null check (length(btrim(title)) between 1 and 500),
  description text not null default '' check (length(description) <= 20000),
  -- The paragraph number in the minutes; the series runs per body and year.
  paragraph smallint check (paragraph between 1 and 9999),
  minutes text not null default '' check (length(minutes) <= 50000),
  concerns_plan_id uuid,
  concerns_intervention_id uuid,
  concerns_application_id uuid,
  concerns_report_id uuid,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, meeting_id) references board_meetings (tenant_id, id) on delete cascade,
  foreign key (tenant_id, concerns_plan_id) references plans (tenant_id, id) on delete set null (concerns_plan_id),
  foreign key (tenant_id, concerns_intervention_id) references interventions (tenant_id, id)
    on delete set null (concerns_intervention_id),
  check (num_nonnulls(concerns_plan_id, concerns_intervention_id, concerns_application_id, concerns_report_id) <= 1)
);
create index board_agenda_items_meeting_idx on board_agenda_items (tenant_id, meeting_id, position);
create unique index board_agenda_items_paragraph_key on board_agenda_items (tenant_id, meeting_id, paragraph)
  where paragraph is not null;
create trigger board_agenda_items_touch before update on board_agenda_items
  for each row execute function touch_updated_at();

-- An item's documents: a link to something in Samsyn, a web link, or an uploaded file (≤ 10 MB).
create table board_item_documents (
  tenant_id uuid not null,
  id uuid not null default gen_random_uuid(),
  item_id uuid not null,
  position smallint not null default 0 check (position >= 0),
  kind text not null check (kind in ('plan', 'intervention', 'application', 'report', 'link', 'file')),
  title text not null check (length(btrim(title)) between 1 and 300),
  plan_id uuid,
  intervention_id uuid,
  -- Link points for issues 22 and 23 (no foreign key yet).
  application_id uuid,
  report_id uuid,
  url text check (length(url) <= 2000 and url ~ '^https?://'),
  file_name text check (length(file_name) between 1 and 255),
  content_type text check (length(content_type) <= 200),
  content bytea check (octet_length(content) <= 10485760),
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, item_id) references board_agenda_items (tenant_id, id) on delete cascade,
  foreign key (tenant_id, plan_id) references plans (tenant_id, id) on delete cascade,
  foreign key (tenant_id, intervention_id) references interventions (tenant_id, id) on delete cascade,
  check ((kind = 'plan') = (plan_id is not null)),
  check ((kind = 'intervention') = (intervention_id is not null)),
  check ((kind = 'application') = (application_id is not null)),
  check ((kind = 'report') = (report_id is not null)),
  check ((kind = 'link') = (url is not null)),
  check ((kind = 'file') = (content is not null and file_name is not null and content_type is not null))
);
create index board_item_documents_item_idx on board_item_documents (tenant_id, item_id, position);

-- Attendance per seat: present, absent, or a substitute serving for an ordinary member's seat;
-- the fee (arvode) paid for the meeting to that seat, in öre.
create table board_attendance (
  tenant_id uuid not null,
  meeting_id uuid not null,
  seat_id uuid not null,
  status text not null check (status in ('present', 'absent', 'serving')),
  serving_for_seat_id uuid,
  fee_ore bigint not null default 0 check (fee_ore between 0 and 10000000000),
  primary key (tenant_id, meeting_id, seat_id),
  foreign key (tenant_id, meeting_id) references board_meetings (tenant_id, id) on delete cascade,
  foreign key (tenant_id, seat_id) references board_seats (tenant_id, id),
  foreign key (tenant_id, serving_for_seat_id) references board_seats (tenant_id, id),
  check ((status = 'serving') = (serving_for_seat_id is not null)),
  check (serving_for_seat_id is null or serving_for_seat_id <> seat_id)
);
create unique index board_attendance_serving_key on board_attendance (tenant_id, meeting_id, serving_for_seat_id)
  where serving_for_seat_id is not null;

-- Jäv: a seat holder declares a conflict of interest on an item and takes no part in its decision.
create table board_conflicts (
  tenant_id uuid not null,
  item_id uuid not null,
  seat_id uuid not null,
  reason text not null check (length(btrim(reason)) between 1 and 2000),
  declared_at timestamptz not null default now(),
  primary key (tenant_id, item_id, seat_id),
  foreign key (tenant_id, item_id) references board_agenda_items (tenant_id, id) on delete cascade,
  foreign key (tenant_id, seat_id) references board_seats (tenant_id, id)
);

-- The decisions register: an item's decision. Body, meeting, date and § come from the item and its
-- meeting (one truth); the kind and the text are the decision's own. Searchable in Swedish.
create table board_decisions (
  tenant_id uuid not null,
  id uuid not null default gen_random_uuid(),
  item_id uuid not null,
  kind text not null check (kind in ('plan', 'budget', 'report', 'grant', 'organisation', 'delegation', 'other')),
  title text not null check (length(btrim(title)) between 1 and 500),
  text text not null check (length(btrim(text)) between 1 and 20000),
  -- A correction points to the decision it corrects (never changes it).
  corrects_decision_id uuid,
  search tsvector generated always as (
    setweight(to_tsvector('swedish', title), 'A') || setweight(to_tsvector('swedish', text), 'B')
  ) stored,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, item_id),
  foreign key (tenant_id, item_id) references board_agenda_items (tenant_id, id),
  foreign key (tenant_id, corrects_decision_id) references board_decisions (tenant_id, id),
  check (corrects_decision_id is null or corrects_decision_id <> id)
);
create index board_decisions_search_idx on board_decisions using gin (search);
create index board_decisions_corrects_idx on board_decisions (tenant_id, corrects_decision_id);
create trigger board_decisions_touch before update on board_decisions for each row execute function touch_updated_at();

-- The plan's link point from 0020 gets its key: the decision that adopted the plan.
alter table plans add foreign key (tenant_id, adopted_decision_id) references board_decisions (tenant_id, id)
  on delete set null (adopted_decision_id);

-- Approved minutes are the record. These triggers refuse any change to an approved meeting's
-- items, documents, attendance, jäv, signatories and decisions, and the meeting itself may only be
-- re-read — whichever code path tries (the verbs refuse first, with a reason; this is the backstop).
create function board_meeting_is_approved(p_tenant uuid, p_meeting uuid) returns boolean
  language sql stable
  as $$ select exists (select 1 from board_meetings m
                       where m.tenant_id = p_tenant and m.id = p_meeting and m.status = 'approved') $$;

create function board_refuse_change_of_approved() returns trigger
  language plpgsql
  as $$
declare
  r record;
  meeting uuid;
begin
  if tg_op = 'DELETE' then r := old; else r := new; end if;
  -- Deleting an archived förbund (delete_archived_tenant below) removes its approved meetings too:
  -- only that function, running as the tables' owner, may pass.
  if current_setting('app.deleting_tenant', true) = r.tenant_id::text
     and pg_has_role(current_user, (select c.relowner from pg_class c where c.oid = tg_relid), 'usage') then
    return r;
  end if;
  if tg_table_name = 'board_meetings' then
    if old.status = 'approved' then
      meeting := old.id;
    end if;
  elsif tg_table_name in ('board_agenda_items', 'board_attendance', 'board_minutes_signatories') then
    if board_meeting_is_approved(r.tenant_id, r.meeting_id) then meeting := r.meeting_id; end if;
  else
    -- documents, jäv and decisions hang on an item
    select i.meeting_id into meeting from board_agenda_items i
     where i.tenant_id = r.tenant_id and i.id = r.item_id and board_meeting_is_approved(i.tenant_id, i.meeting_id);
  end if;
  if meeting is not null then
    raise exception 'the minutes of meeting % are approved', meeting
      using errcode = '55000', hint = 'The verbs refuse this first with board.minutesApproved.';
  end if;
  return r;
end $$;

-- A meeting leaves 'approved' never; its own row may not change once approved.
create trigger board_meetings_locked before update or delete on board_meetings
  for each row execute function board_refuse_change_of_approved();
do $$
declare t text;
begin
  foreach t in array array['board_agenda_items', 'board_item_documents', 'board_attendance', 'board_conflicts',
                           'board_minutes_signatories', 'board_decisions'] loop
    execute format('create trigger %I before insert or update or delete on %I '
                   'for each row execute function board_refuse_change_of_approved()', t || '_locked', t);
  end loop;
end $$;

do $$
declare t text;
begin
  foreach t in array array['board_bodies', 'board_people', 'board_seats', 'board_seat_rules', 'board_meetings',
                           'board_minutes_signatories', 'board_agenda_items', 'board_item_documents',
                           'board_attendance', 'board_conflicts', 'board_decisions'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = current_tenant_id()) '
                   'with check (tenant_id = current_tenant_id())', t);
    execute format('grant select, insert, update, delete on %I to samsyn_app', t);
  end loop;
end $$;

-- delete_archived_tenant (0002) again, with two changes the board needs:
-- * a foreign key ON DELETE SET NULL no longer orders the emptying (deleting the referenced rows
--   just clears the reference): plans.adopted_decision_id → board_decisions → board_agenda_items →
--   plans (concerns_plan_id) is a cycle of keys, broken by the two SET NULL keys in it;
-- * it marks the deletion (app.deleting_tenant) so that the approved-minutes triggers let the
--   owner remove the förbund's approved meetings.
create or replace function delete_archived_tenant(p_tenant_id uuid) returns integer
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
  perform set_config('app.deleting_tenant', p_tenant_id::text, true);
  select array_agg(c.relname::text) into remaining
  from pg_class c
  join pg_namespace ns on ns.oid = c.relnamespace and ns.nspname = 'public'
  join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
  where c.relkind in ('r', 'p');
  while coalesce(array_length(remaining, 1), 0) > 0 loop
    progress := false;
    foreach t in array remaining loop
      -- Safe to empty when no other remaining table references it with a key that would refuse
      -- (NO ACTION, RESTRICT, CASCADE as before; SET NULL and SET DEFAULT only clear the reference).
      if not exists (
        select 1 from pg_constraint k
        where k.contype = 'f' and k.confrelid = t::regclass and k.confdeltype not in ('n', 'd')
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
  perform set_config('app.deleting_tenant', '', true);
  return deleted;
end $$;
revoke all on function delete_archived_tenant(uuid) from public;
