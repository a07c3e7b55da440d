-- Issue 22, applications for funds: from a partner's idea (expected) through the formal check and
-- the review group's opinion to the board's decision, the funding agreement with its payment plan
-- and report deadlines, and "Skapa insats". Commitments (granted agreements per year) flow into the
-- budget page as "varav beviljat".
--
-- Tenancy rules as in 0001–0024: tenant_id first in every primary key and foreign key, FORCED
-- row-level security with the tenant_isolation policy. Money is integer öre (bigint).

-- The förbund's own formal checklist ("I projektansökan ska det framgå hur ökad samverkan ska ske
-- mellan de aktuella parterna"). A point no longer used is deactivated, not deleted, once answered.
create table application_checklist_points (
  tenant_id uuid not null references tenants (id),
  id uuid not null default gen_random_uuid(),
  position smallint not null default 0 check (position >= 0),
  text text not null check (length(btrim(text)) between 1 and 500),
  active boolean not null default true,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id)
);
create trigger application_checklist_points_touch before update on application_checklist_points
  for each row execute function touch_updated_at();

-- Criteria the reviewers score on, if the förbund uses any (0..max_score each).
create table application_criteria (
  tenant_id uuid not null references tenants (id),
  id uuid not null default gen_random_uuid(),
  position smallint not null default 0 check (position >= 0),
  name text not null check (length(btrim(name)) between 1 and 200),
  description text not null default '' check (length(description) <= 2000),
  max_score smallint not null default 5 check (max_score between 1 and 10),
  active boolean not null default true,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id)
);
create trigger application_criteria_touch before update on application_criteria
  for each row execute function touch_updated_at();

create table applications (
  tenant_id uuid not null references tenants (id),
  id uuid not null default gen_random_uuid(),
  -- The förbund's diary number, if it keeps one ("Dnr 2016/12"); free text.
  diary_number text not null default '' check (length(diary_number) <= 50),
  title text not null check (length(btrim(title)) between 1 and 200),
  -- expected → draft → received → formalCheck → underReview → proposal → granted | rejected, and
  -- withdrawn from any open status (packages/domain applications/application-status.ts).
  status text not null check (status in ('expected', 'draft', 'received', 'formalCheck', 'underReview',
                                         'proposal', 'granted', 'rejected', 'withdrawn')),
  kind text not null check (kind in ('individual', 'structural', 'preStudy')),
  -- The lead party (huvudsökande); the other parties in application_parties. Finsam: at least two
  -- member organisations — checked by the verbs from 'received' on (drafts may be incomplete).
  lead_member_id uuid,
  local_group_id uuid,
  contact text not null default '' check (length(contact) <= 300),
  target_group_ids text[] not null default '{}',
  target_group_text text not null default '' check (length(target_group_text) <= 2000),
  need text not null default '' check (length(need) <= 10000),
  purpose text not null default '' check (length(purpose) <= 10000),
  -- How collaboration between the parties increases (Härnösand-Timrå's rule).
  collaboration text not null default '' check (length(collaboration) <= 10000),
  start_date date,
  end_date date,
  -- For an expected application ("kan generera en projektansökan"): what and when, roughly.
  expected_year smallint check (expected_year between 2000 and 2100),
  expected_amount_ore bigint check (expected_amount_ore >= 0),
  -- The review group's proposed amount (status proposal); the board's amount is on its decision.
  proposed_amount_ore bigint check (proposed_amount_ore >= 0),
  -- The decision: a board decision in Samsyn (decision_id), or one taken before Samsyn was used
  -- (decision_id null, date and amount typed by an admin). Set only with status granted/rejected.
  decision_id uuid,
  decided_date date,
  granted_amount_ore bigint check (granted_amount_ore >= 0),
  -- The intervention "Skapa insats" made from this application.
  intervention_id uuid,
  is_demo_estimate boolean not null default false,
  estimated_fields text[] not null default '{}',
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, lead_member_id) references members (tenant_id, id),
  foreign key (tenant_id, local_group_id) references local_groups (tenant_id, id),
  foreign key (tenant_id, intervention_id) references interventions (tenant_id, id) on delete set null (intervention_id),
  foreign key (tenant_id, decision_id) references board_decisions (tenant_id, id) on delete set null (decision_id),
  check (start_date is null or end_date is null or end_date >= start_date),
  check ((status = 'granted') = (granted_amount_ore is not null)),
  check ((status in ('granted', 'rejected')) = (decided_date is not null)),
  check (decision_id is null or status in ('granted', 'rejected'))
);
create index applications_status_idx on applications (tenant_id, status);
create index applications_local_group_idx on applications (tenant_id, local_group_id) where local_group_id is not null;
create unique index applications_intervention_key on applications (tenant_id, intervention_id)
  where intervention_id is not null;
create trigger applications_touch before update on applications for each row execute function touch_updated_at();

-- The parties besides the lead (samverkansparter).
create table application_parties (
  tenant_id uuid not null,
  application_id uuid not null,
  member_id uuid not null,
  position smallint not null default 0,
  primary key (tenant_id, application_id, member_id),
  foreign key (tenant_id, application_id) references applications (tenant_id, id) on delete cascade,
  foreign key (tenant_id, member_id) references members (tenant_id, id)
);

-- Goals in the interventions' goal model (packages/domain interventions/goal.ts), so that
-- "Skapa insats" copies them as they are.
create table application_goals (
  tenant_id uuid not null,
  id uuid not null default gen_random_uuid(),
  application_id uuid not null,
  position integer not null default 0,
  type text not null check (type in ('count', 'share', 'qualitative')),
  description text not null check (length(btrim(description)) between 1 and 2000),
  measure text,
  target bigint check (target > 0),
  target_percent smallint check (target_percent between 0 and 100),
  comparison text check (comparison in ('at_least', 'at_most')),
  goal_period text check (goal_period ~ '^\d{4}(-(0[1-9]|1[0-2])|-H[12])?$'),
  primary key (tenant_id, id),
  foreign key (tenant_id, application_id) references applications (tenant_id, id) on delete cascade,
  check (
    (type = 'count' and measure is not null and target is not null and target_percent is null and comparison is null)
    or (type = 'share' and measure is not null and target is null and target_percent is not null and comparison is not null)
    or (type = 'qualitative' and measure is null and target is null and target_percent is null and comparison is null and goal_period is null)
  )
);
create index application_goals_idx on application_goals (tenant_id, application_id, position);

-- The budget applied for, per year, with planned participants by gender (as intervention_budgets).
create table application_budget_years (
  tenant_id uuid not null,
  application_id uuid not null,
  year smallint not null check (year between 2000 and 2100),
  requested_ore bigint not null check (requested_ore >= 0),
  -- The parties' own contribution in kind or money, if stated (not paid by the förbund).
  own_contribution_ore bigint not null default 0 check (own_contribution_ore >= 0),
  planned_total integer check (planned_total >= 0),
  planned_women integer check (planned_women >= 0),
  planned_men integer check (planned_men >= 0),
  planned_other_unknown integer check (planned_other_unknown >= 0),
  primary key (tenant_id, application_id, year),
  foreign key (tenant_id, application_id) references applications (tenant_id, id) on delete cascade,
  check (
    (planned_total is null and planned_women is null and planned_men is null and planned_other_unknown is null)
    or (planned_total = planned_women + planned_men + planned_other_unknown)
  )
);

-- Attachments (the signed application, a project plan): PDF/Word/Excel/images ≤ 10 MB, the type
-- read from the bytes (domain board/meeting-document.ts), downloaded with the session.
create table application_attachments (
  tenant_id uuid not null,
  id uuid not null default gen_random_uuid(),
  application_id uuid not null,
  title text not null check (length(btrim(title)) between 1 and 300),
  file_name text not null check (length(file_name) between 1 and 255),
  content_type text not null check (length(content_type) <= 200),
  content bytea not null check (octet_length(content) <= 10485760),
  uploaded_by uuid references users (id),
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, application_id) references applications (tenant_id, id) on delete cascade
);
create index application_attachments_idx on application_attachments (tenant_id, application_id);

-- Every status an application has had: creation (from_status null), then each transition, dated and
-- by whom; a decision's transition names the decision. Append-only for the app.
create table application_status_changes (
  tenant_id uuid not null,
  id bigint generated always as identity,
  application_id uuid not null,
  from_status text,
  to_status text not null,
  effective_date date not null,
  note text not null default '' check (length(note) <= 2000),
  decision_id uuid,
  changed_by uuid references users (id),
  changed_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, application_id) references applications (tenant_id, id) on delete cascade,
  foreign key (tenant_id, decision_id) references board_decisions (tenant_id, id) on delete set null (decision_id)
);
create index application_status_changes_idx on application_status_changes (tenant_id, application_id, id);

-- The formal check: one answer per checklist point.
create table application_checklist_answers (
  tenant_id uuid not null,
  application_id uuid not null,
  point_id uuid not null,
  answer text not null check (answer in ('yes', 'no')),
  comment text not null default '' check (length(comment) <= 2000),
  answered_by uuid references users (id),
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  primary key (tenant_id, application_id, point_id),
  foreign key (tenant_id, application_id) references applications (tenant_id, id) on delete cascade,
  foreign key (tenant_id, point_id) references application_checklist_points (tenant_id, id)
);
create trigger application_checklist_answers_touch before update on application_checklist_answers
  for each row execute function touch_updated_at();

-- A reviewer's review: first the jäv declaration (none, or a conflict with its reason), and only
-- with none the opinion and recommendation. A reviewer with jäv cannot recommend (checked here too).
create table application_reviews (
  tenant_id uuid not null,
  id uuid not null default gen_random_uuid(),
  application_id uuid not null,
  reviewer_user_id uuid not null references users (id),
  has_conflict boolean not null,
  conflict_reason text not null default '' check (length(conflict_reason) <= 2000),
  declared_at timestamptz not null default now(),
  opinion text not null default '' check (length(opinion) <= 20000),
  recommendation text check (recommendation in ('grant', 'reject', 'askForMore')),
  recommended_amount_ore bigint check (recommended_amount_ore >= 0),
  submitted_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, application_id, reviewer_user_id),
  foreign key (tenant_id, application_id) references applications (tenant_id, id) on delete cascade,
  check (not has_conflict or (recommendation is null and opinion = '' and length(btrim(conflict_reason)) > 0))
);
create trigger application_reviews_touch before update on application_reviews
  for each row execute function touch_updated_at();

create table application_review_scores (
  tenant_id uuid not null,
  review_id uuid not null,
  criterion_id uuid not null,
  score smallint not null check (score between 0 and 10),
  primary key (tenant_id, review_id, criterion_id),
  foreign key (tenant_id, review_id) references application_reviews (tenant_id, id) on delete cascade,
  foreign key (tenant_id, criterion_id) references application_criteria (tenant_id, id)
);

-- The funding agreement of a granted application: draft → signed → closed (closed only once the
-- final report is approved and every payment is paid).
create table application_agreements (
  tenant_id uuid not null,
  id uuid not null default gen_random_uuid(),
  application_id uuid not null,
  status text not null default 'draft' check (status in ('draft', 'signed', 'closed')),
  signed_date date,
  closed_date date,
  note text not null default '' check (length(note) <= 5000),
  is_demo_estimate boolean not null default false,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, application_id),
  foreign key (tenant_id, application_id) references applications (tenant_id, id) on delete cascade,
  check ((status = 'draft') = (signed_date is null)),
  check ((status = 'closed') = (closed_date is not null))
);
create trigger application_agreements_touch before update on application_agreements
  for each row execute function touch_updated_at();

-- The commitment per year: what the agreement binds the förbund to pay in each year. "Varav
-- beviljat" on the budget page is the sum over agreements for the year.
create table application_agreement_years (
  tenant_id uuid not null,
  agreement_id uuid not null,
  year smallint not null check (year between 2000 and 2100),
  amount_ore bigint not null check (amount_ore >= 0),
  primary key (tenant_id, agreement_id, year),
  foreign key (tenant_id, agreement_id) references application_agreements (tenant_id, id) on delete cascade
);

-- The payment plan: an advance, tranches and a final payment (slutlikvid), each with its due date;
-- once paid, the date and (when booked) the actual allocation it became.
create table application_payments (
  tenant_id uuid not null,
  id uuid not null default gen_random_uuid(),
  agreement_id uuid not null,
  position smallint not null default 0 check (position >= 0),
  kind text not null check (kind in ('advance', 'tranche', 'final')),
  due_date date not null,
  amount_ore bigint not null check (amount_ore > 0),
  paid_date date,
  actual_allocation_id uuid,
  note text not null default '' check (length(note) <= 2000),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, agreement_id) references application_agreements (tenant_id, id) on delete cascade,
  foreign key (tenant_id, actual_allocation_id) references actual_allocations (tenant_id, id)
    on delete set null (actual_allocation_id)
);
create index application_payments_idx on application_payments (tenant_id, agreement_id, position);
create index application_payments_due_idx on application_payments (tenant_id, due_date) where paid_date is null;
create unique index application_payments_final_key on application_payments (tenant_id, agreement_id)
  where kind = 'final';
create trigger application_payments_touch before update on application_payments
  for each row execute function touch_updated_at();

-- Reporting deadlines: interim reports and the final report (slutrapport), each submitted and
-- approved (the final one "muntligt redovisas för styrelsen": optionally the board's decision).
create table application_reports (
  tenant_id uuid not null,
  id uuid not null default gen_random_uuid(),
  agreement_id uuid not null,
  kind text not null check (kind in ('interim', 'final')),
  due_date date not null,
  submitted_date date,
  approved_date date,
  approved_by uuid references users (id),
  approved_decision_id uuid,
  note text not null default '' check (length(note) <= 2000),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, agreement_id) references application_agreements (tenant_id, id) on delete cascade,
  foreign key (tenant_id, approved_decision_id) references board_decisions (tenant_id, id)
    on delete set null (approved_decision_id),
  check (approved_date is null or submitted_date is not null),
  check (approved_decision_id is null or approved_date is not null)
);
create index application_reports_idx on application_reports (tenant_id, agreement_id, due_date);
create unique index application_reports_final_key on application_reports (tenant_id, agreement_id)
  where kind = 'final';
create trigger application_reports_touch before update on application_reports
  for each row execute function touch_updated_at();

-- "Sluttrapporten ska muntligt redovisas för styrelsen innan slutlikvid": the final payment cannot
-- be marked paid before the agreement's final report is approved, whichever code path tries (the
-- verbs refuse first with agreements.finalReportNotApproved; this is the backstop, 55000 →
-- CONFLICT as the board's locks).
create function application_final_payment_guard() returns trigger
  language plpgsql
  as $$
begin
  if new.kind = 'final' and new.paid_date is not null and not exists (
    select 1 from application_reports r
     where r.tenant_id = new.tenant_id and r.agreement_id = new.agreement_id
       and r.kind = 'final' and r.approved_date is not null
  ) then
    raise exception 'the final report of agreement % is not approved', new.agreement_id
      using errcode = '55000', hint = 'The verbs refuse this first with agreements.finalReportNotApproved.';
  end if;
  return new;
end $$;
create trigger application_payments_final_guard before insert or update on application_payments
  for each row execute function application_final_payment_guard();

-- The board's side (0024 left these as link points): an agenda item about an application, a
-- meeting document that is an application, and a grant decision's outcome and amount.
alter table board_agenda_items add foreign key (tenant_id, concerns_application_id)
  references applications (tenant_id, id) on delete set null (concerns_application_id);
alter table board_item_documents add foreign key (tenant_id, application_id)
  references applications (tenant_id, id) on delete cascade;
alter table board_decisions
  add column grant_outcome text check (grant_outcome in ('granted', 'rejected')),
  add column granted_amount_ore bigint check (granted_amount_ore >= 0),
  add check (grant_outcome is null or kind = 'grant'),
  add check ((grant_outcome = 'granted') = (granted_amount_ore is not null) or grant_outcome is null),
  add check (granted_amount_ore is null or grant_outcome = 'granted');
create index board_agenda_items_application_idx on board_agenda_items (tenant_id, concerns_application_id)
  where concerns_application_id is not null;

do $$
declare t text;
begin
  foreach t in array array['application_checklist_points', 'application_criteria', 'applications',
                           'application_parties', 'application_goals', 'application_budget_years',
                           'application_attachments', 'application_status_changes',
                           'application_checklist_answers', 'application_reviews', 'application_review_scores',
                           'application_agreements', 'application_agreement_years', 'application_payments',
                           'application_reports'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = current_tenant_id()) '
                   'with check (tenant_id = current_tenant_id())', t);
    execute format('grant select, insert, update, delete on %I to samsyn_app', t);
  end loop;
end $$;
-- The status history is append-only for the app.
revoke update, delete on application_status_changes from samsyn_app;
